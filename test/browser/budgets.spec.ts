import { test, expect, type BrowserContext, type Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';

interface Load {
  total: number;
  js: number;
  fonts: string[];
}

/** What the first screen of a page fetches, in gzip bytes as a static host serves them. */
async function firstLoad(context: BrowserContext, path: string): Promise<Load> {
  const page = await context.newPage();
  const load: Load = { total: 0, js: 0, fonts: [] };
  const pending: Promise<void>[] = [];
  const count = (response: Response) => {
    if (response.status() >= 300 && response.status() < 400) return;
    pending.push(
      response.body().then((body) => {
        const type = response.request().resourceType();
        const bytes = type === 'font' ? body.length : gzipSync(body).length;
        load.total += bytes;
        if (type === 'script') load.js += bytes;
        if (type === 'font') load.fonts.push(new URL(response.url()).pathname);
      }),
    );
  };
  page.on('response', count);
  await page.goto(path, { waitUntil: 'networkidle' });
  // On a busy machine the network can fall quiet before an island in view starts to
  // hydrate; it counts only once hydrated (Astro then drops its ssr attribute), by
  // when its code has arrived.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island[ssr][client="visible"]')].every(
      (island) =>
        ![...island.children].some((child) => {
          const box = child.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight && box.width + box.height > 0;
        }),
    ),
  );
  // Responses can still arrive while bodies are read: wait until every one seen has been
  // read, then stop listening, so that closing the page cannot cut a read short.
  for (let settled = 0; settled < pending.length;) {
    const started = pending.length;
    await Promise.all(pending);
    settled = started;
  }
  page.off('response', count);
  await page.close();
  return load;
}

const KB = 1024;

for (const locale of ['en', 'ar', 'fa'] as const) {
  test.describe(`${locale}: first-load budgets`, () => {
    test('a lesson without a calculator: no JavaScript, at most 60 KB, fonts included', async ({ context }) => {
      const load = await firstLoad(context, `/${locale}/lessons/two-ways-to-grow/`);
      expect(load.js).toBe(0);
      expect(load.total).toBeLessThanOrEqual(60 * KB);
    });

    test('a calculator page: at most 15 KB of JavaScript', async ({ context }) => {
      const load = await firstLoad(context, `/${locale}/calculators/roi/`);
      expect(load.js).toBeGreaterThan(0); // it did hydrate
      expect(load.js).toBeLessThanOrEqual(15 * KB);
    });

    test('a calculator embed: at most 15 KB of JavaScript; a term embed: none but its inline height script, at most 60 KB', async ({
      context,
    }) => {
      const calculator = await firstLoad(context, `/${locale}/embed/calculators/roi/`);
      expect(calculator.js).toBeGreaterThan(0); // it did hydrate
      expect(calculator.js).toBeLessThanOrEqual(15 * KB);
      const term = await firstLoad(context, `/${locale}/embed/glossary/clv/`);
      expect(term.js).toBe(0);
      expect(term.total).toBeLessThanOrEqual(60 * KB);
    });

    test('any page: at most one font file per script', async ({ context }) => {
      for (const path of [`/${locale}/`, `/${locale}/glossary/`, `/${locale}/calculators/uplift/`]) {
        const load = await firstLoad(context, path);
        expect(load.fonts.length, path).toBeLessThanOrEqual(locale === 'en' ? 0 : 1);
      }
    });
  });
}
