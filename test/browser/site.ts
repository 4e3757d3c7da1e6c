import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

/** What axe checks on every page: WCAG 2.2 A and AA, and its best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every page the build wrote, as URL paths ('/', '/ar/lessons/', '/404.html'). */
export function builtPages(root = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const url = '/' + relative(root, path).replaceAll('\\', '/');
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** The file the build wrote for a URL path. */
export const builtFile = (path: string, root = 'dist') => join(root, path.endsWith('/') ? `${path}index.html` : path);

/** The HTML the build wrote for a URL path. */
export const builtHtml = (path: string, root = 'dist') => readFileSync(builtFile(path, root), 'utf8');

/**
 * Collects what a page does wrong while a test drives it: console errors, uncaught
 * exceptions, failed requests, and any request that leaves the site's own origin.
 */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still loading; that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`other origin: ${request.url()}`);
  });
  return problems;
}
