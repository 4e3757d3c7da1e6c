import { test, expect } from '@playwright/test';
import { serveStatic, type StaticSite } from './static-server';
import { watchPage } from './site';
import { resultCells } from './results';

// The copy `npm run build:base` made to be served under /course/ (dist-base/), served
// there: its pages, islands, fonts and search index must all be found under that path.
// Its links are checked by test/built/links.test.ts.
let site: StaticSite;
test.beforeAll(async () => {
  site = await serveStatic('dist-base', '/course/');
});
test.afterAll(async () => {
  await site.close();
});

test('under /course/: the root sends the reader to a language under the path', async ({ page }) => {
  await page.goto(`${site.origin}/course/`);
  await expect(page).toHaveURL(new RegExp(`^${site.origin}/course/(en|ar|fa)/$`));
  // The service worker's scope is the site's own folder, and the language's manifest is found there.
  expect(await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope))).toBe(
    `${site.origin}/course/`,
  );
  const manifest = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(manifest).toMatch(/^\/course\/(en|ar|fa)\/manifest\.webmanifest$/);
  const response = await page.request.get(site.origin + manifest!);
  expect((await response.json()) as { start_url: string }).toMatchObject({ start_url: new URL(page.url()).pathname });
});

for (const locale of ['en', 'ar', 'fa'] as const) {
  test(`under /course/, ${locale}: search finds a term and a calculator works, with nothing loaded from outside the path`, async ({
    page,
  }) => {
    const problems = watchPage(page, site.origin);
    const outside: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.url().startsWith(site.origin) && !pathname.startsWith('/course/')) outside.push(pathname);
    });

    await page.goto(`${site.origin}/course/${locale}/search/?q=CLV`);
    const first = page.locator('.search-results > li > a').first();
    await expect(first).toHaveAttribute('href', `/course/${locale}/glossary/clv/`);
    await first.click();
    await expect(page).toHaveURL(`${site.origin}/course/${locale}/glossary/clv/`);

    await page.goto(`${site.origin}/course/${locale}/calculators/cost/?customers=100&retain=20&multiple=5`);
    // Keep, replace, difference, cost to win one: the link's numbers, which only the island (its script under the path) can show.
    await expect.poll(() => resultCells(page)).toEqual([['2,000.00'], ['10,000.00'], ['8,000.00'], ['100.00']]);
    // Arabic and Persian pages are set in a font of their own, found under the path.
    if (locale !== 'en') expect(await page.evaluate(() => [...document.fonts].some((font) => font.status === 'loaded'))).toBe(true);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
}
