import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales';
import { builtFile, builtHtml, builtPages } from '../browser/site';
import { isRedirect, redirectTarget } from './pages';

// Reads the built files directly: every internal link (and form action) and #fragment
// on every page must land, and every page must be reachable from its language's home.
const dist = 'dist';
const pages = builtPages();
const html = new Map(pages.map((path) => [path, builtHtml(path)]));
const ids = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const links = (source: string) =>
  [...source.matchAll(/\s(?:href|action)="([^"]+)"/g)]
    .map((m) => m[1]!.replaceAll('&amp;', '&'))
    .filter((href) => !/^(https?:|mailto:|data:)/.test(href));

describe('links', () => {
  it('every internal link and fragment resolves', () => {
    const broken: string[] = [];
    for (const [page, source] of html) {
      for (const href of links(source)) {
        const url = new URL(href, `http://site${page}`);
        if (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/pagefind/')) {
          if (!existsSync(join(dist, url.pathname))) broken.push(`${page} → ${href}`);
          continue;
        }
        const target = html.get(url.pathname) ?? (existsSync(builtFile(url.pathname)) ? builtHtml(url.pathname) : null);
        if (target === null) broken.push(`${page} → ${href}`);
        else if (url.hash && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${href} (no such fragment)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(localeCodes)('every %s page is reachable from the home page of its language', (locale) => {
    const seen = new Set<string>([`/${locale}/`]);
    const queue = [`/${locale}/`];
    while (queue.length > 0) {
      const page = queue.shift()!;
      for (const href of links(html.get(page) ?? '')) {
        const { pathname } = new URL(href, `http://site${page}`);
        if (html.has(pathname) && pathname.startsWith(`/${locale}/`) && !seen.has(pathname)) {
          seen.add(pathname);
          queue.push(pathname);
        }
      }
    }
    // The old addresses of moved pages are kept for links from elsewhere, not linked here.
    const unreachable = pages.filter(
      (p) => p.startsWith(`/${locale}/`) && !p.endsWith('/404/') && !isRedirect(html.get(p)!) && !seen.has(p),
    );
    expect(seen.size).toBeGreaterThan(10);
    expect(unreachable).toEqual([]);
  });
});

describe('old addresses', () => {
  const redirects = [...html].filter(([, source]) => isRedirect(source));

  it.each(redirects.map(([page]) => page))('%s sends the reader to a page that exists', (page) => {
    const target = redirectTarget(html.get(page)!);
    expect(target).toBeDefined();
    expect(html.has(new URL(target!, `http://site${page}`).pathname), `${page} → ${target}`).toBe(true);
  });
});

describe('Persian text', () => {
  it('keeps its zero-width non-joiners in the built pages', () => {
    const persian = [...html].filter(([page, source]) => page.startsWith('/fa/lessons/') && page !== '/fa/lessons/' && !isRedirect(source));
    expect(persian.length).toBeGreaterThanOrEqual(10);
    for (const [page, source] of persian) {
      // Neither dropped nor turned into an entity or presentation forms by the build.
      expect(source.includes('می\u200C'), page).toBe(true);
      expect(source).not.toMatch(/&zwnj;|&#8204;|[\uFB50-\uFDFF\uFE70-\uFEFF]/);
    }
  });
});
