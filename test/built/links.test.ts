import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales';
import { sitePaths } from '../../src/i18n/paths';
import { builtFile, builtHtml, builtPages } from '../browser/site';
import { isRedirect, redirectTarget } from './pages';

// Reads the built files directly: every internal link (and form action) and #fragment
// on every page must land, and every page must be reachable from its language's home.
// The same holds for the copy built to be served under /course/ (`npm run build:base`).
const dist = 'dist';
const pages = builtPages();
const html = new Map(pages.map((path) => [path, builtHtml(path)]));
const ids = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const links = (source: string) =>
  [...source.matchAll(/\s(?:href|action)="([^"]+)"/g)]
    .map((m) => m[1]!.replaceAll('&amp;', '&'))
    .filter((href) => !/^(https?:|mailto:|data:)/.test(href));

describe.each([
  { root: dist, base: '/' },
  { root: 'dist-base', base: '/course/' },
])('links in $root, served under $base', ({ root, base }) => {
  const { withBase, withoutBase } = sitePaths(base);
  const served = root === dist ? html : new Map(builtPages(root).map((path) => [path, builtHtml(path, root)]));

  it('every internal link and fragment resolves, under the base', () => {
    const broken: string[] = [];
    for (const [page, source] of served) {
      for (const href of links(source)) {
        const url = new URL(href, `http://site${withBase(page)}`);
        if (!url.pathname.startsWith(base)) {
          broken.push(`${page} → ${href} (outside ${base})`);
          continue;
        }
        const path = withoutBase(url.pathname);
        if (path.startsWith('/_astro/') || path.startsWith('/pagefind/') || !path.endsWith('/')) {
          if (!existsSync(join(root, path))) broken.push(`${page} → ${href}`);
          continue;
        }
        const target = served.get(path) ?? (existsSync(builtFile(path, root)) ? builtHtml(path, root) : null);
        if (target === null) broken.push(`${page} → ${href}`);
        else if (url.hash && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${href} (no such fragment)`);
      }
    }
    expect(served.size).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it.each([...served].filter(([, source]) => isRedirect(source)).map(([page]) => page))(
    'old address %s sends the reader to a page that exists',
    (page) => {
      const target = redirectTarget(served.get(page)!);
      expect(target).toBeDefined();
      const { pathname } = new URL(target!, `http://site${withBase(page)}`);
      expect(pathname.startsWith(base) && served.has(withoutBase(pathname)), `${page} → ${target}`).toBe(true);
    },
  );
});

describe('links', () => {
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
    // The old addresses of moved pages are kept for links from elsewhere, not linked here;
    // the 404 and offline pages are shown in place of another (the offline one by the service worker).
    const unreachable = pages.filter(
      (p) => p.startsWith(`/${locale}/`) && !/\/(404|offline)\/$/.test(p) && !isRedirect(html.get(p)!) && !seen.has(p),
    );
    expect(seen.size).toBeGreaterThan(10);
    expect(unreachable).toEqual([]);
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
