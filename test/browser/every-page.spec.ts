import { test, expect, type Page } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales';
import { axeViolations, withAxe } from './axe';
import { builtHtml, builtPages, watchPage } from './site';

// Every page the build wrote, in every language: no accessibility violation (axe, in the
// light colour scheme), no console error, no failed request, nothing fetched from another
// origin. And in the dark scheme, axe on one page of each kind in each language: the
// largest, as the one with the most kinds of content (tables, callouts, charts); each
// calculator counts as a kind of its own, for each draws its own chart.
// The root page redirects at once (foundation.spec.ts checks it without JavaScript), and
// so do the old addresses of moved lessons (shared-addresses.spec.ts).
//
// One browser page visits a run of pages, for a fresh page per address costs as much as
// axe itself; each address is still reported on its own (expect.soft, named by its path).

const redirects = (path: string) => /<meta http-equiv="refresh"/i.test(builtHtml(path));
const pages = builtPages().filter((path) => path !== '/' && !redirects(path));

/** `en: lessons page` for /en/lessons/x/; `/404.html` for a page outside the languages. */
function kindOf(path: string): string {
  const [first, section, item] = path.split('/').filter(Boolean);
  if (!first || !localeCodes.some((code) => code === first)) return path;
  if (!section) return `${first}: home`;
  if (!item) return `${first}: ${section} index`;
  return `${first}: ${section === 'calculators' ? `calculator ${item}` : `${section} page`}`;
}

/** The page of each kind checked in the dark scheme too: the largest. */
const inDark = new Map<string, string>();
for (const path of pages) {
  const kind = kindOf(path);
  const other = inDark.get(kind);
  if (!other || builtHtml(path).length > builtHtml(other).length) inDark.set(kind, path);
}
const darkPages = new Set(inDark.values());

/** Waits for the islands the reader would see hydrate: those loaded at once or when idle, and those in view. */
async function hydrated(page: Page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
        const when = island.getAttribute('client');
        if (when !== 'visible') return when !== 'load' && when !== 'idle';
        // <astro-island> itself has no box (display: contents); its content does.
        return ![...island.children].some((child) => {
          const box = child.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight && box.width + box.height > 0;
        });
      }),
    undefined,
    { timeout: 10_000 },
  );
}

const perTest = 12;
for (let start = 0; start < pages.length; start += perTest) {
  const run = pages.slice(start, start + perTest);
  test(`${run[0]} to ${run.at(-1)}: axe finds nothing, and each page stays on its origin`, async ({ page, context, baseURL }) => {
    test.setTimeout(15_000 * (run.length + 1));
    await withAxe(context);
    const problems = watchPage(page, new URL(baseURL!).origin);
    // Requests under way: each page's must be over, and any failure seen, before the next.
    // (Waiting for 'networkidle' instead adds half a second of quiet to every page.)
    let underWay = 0;
    page.on('request', () => underWay++);
    page.on('requestfinished', () => underWay--);
    page.on('requestfailed', () => underWay--);
    for (const path of run) {
      const before = problems.length;
      await page.goto(path, { waitUntil: 'load' });
      await hydrated(page).catch(() => problems.push(`${path}: an island in view did not hydrate within 10 s`));
      expect.soft(await axeViolations(page), `${path}, light`).toEqual([]);
      if (darkPages.has(path)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        expect.soft(await axeViolations(page), `${path}, dark`).toEqual([]);
        await page.emulateMedia({ colorScheme: 'light' });
      }
      for (const since = Date.now(); underWay > 0; await page.waitForTimeout(50)) {
        if (Date.now() - since > 10_000) {
          problems.push(`${path}: requests still under way after 10 s`);
          break;
        }
      }
      expect.soft(problems.slice(before), path).toEqual([]);
    }
  });
}

test('every page is checked, and one of each kind in the dark scheme', () => {
  expect(pages.length).toBeGreaterThan(200);
  for (const kind of [
    'home',
    'lessons index',
    'lessons page',
    'glossary index',
    'glossary page',
    'calculator roi',
    'search index',
    'sources index',
  ]) {
    for (const code of localeCodes) expect(inDark.get(`${code}: ${kind}`), `${code}: ${kind}`).toBeDefined();
  }
});
