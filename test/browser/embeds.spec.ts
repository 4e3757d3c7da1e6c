import { test, expect } from '@playwright/test';
import { numbersIn } from './results';
import { serveHostPage, serveStatic, type Served } from './static-server';

// Another site frames the embeds: the built site is served with public/_headers applied
// (static-server.ts), and the framing page from a second origin (another port).
let site: Served;
test.beforeAll(async () => {
  site = await serveStatic('dist', '/', { headers: true });
});
test.afterAll(async () => {
  await site.close();
});

const digits = { en: '0123456789', ar: '٠١٢٣٤٥٦٧٨٩', fa: '۰۱۲۳۴۵۶۷۸۹' } as const;
const local = (locale: keyof typeof digits, text: string) => text.replace(/[0-9]/g, (d) => digits[locale][Number(d)]!);

for (const locale of ['en', 'ar', 'fa'] as const) {
  test.describe(`${locale}: embeds`, () => {
    test('another site frames a calculator, changes a field and sees the result, and hears its height', async ({ page }) => {
      const embed = `${site.origin}/${locale}/embed/calculators/cost/?customers=100&retain=20&multiple=5`;
      const host = await serveHostPage(`<!doctype html><html lang="en"><title>A course platform</title>
        <script>
          window.heights = [];
          addEventListener('message', (event) => {
            if (event.data && event.data.type === 'keep-or-win:height') heights.push({ origin: event.origin, height: event.data.height });
          });
        </script>
        <iframe id="calculator" src="${embed}" title="calculator" width="400" height="600"></iframe>`);
      try {
        expect(new URL(host.origin).origin).not.toBe(new URL(site.origin).origin);
        await page.goto(host.origin);
        const frame = page.frameLocator('#calculator');
        const keep = frame.locator('.calculator-results dd').first();
        // 100 customers, 20 to keep each: 2,000 (money shows its cents).
        await expect.poll(async () => numbersIn((await keep.textContent()) ?? '')).toEqual(['2,000.00']);
        await frame.locator('#cost-customers').fill(local(locale, '250'));
        await expect.poll(async () => numbersIn((await keep.textContent()) ?? '')).toEqual(['5,000.00']);
        // The widget alone: no site header or footer in the frame, nothing made for paper, and a link back that opens a new tab.
        await expect(frame.locator('.site-header, .site-footer')).toHaveCount(0);
        await expect(frame.locator('table.calculator-print')).toBeHidden();
        // It fits the 400 px frame: nothing wider than it.
        expect(await frame.locator('html').evaluate((html) => html.scrollWidth <= html.clientWidth)).toBe(true);
        const back = frame.locator('.embed-source a');
        await expect(back).toHaveAttribute('target', '_blank');
        await expect(back).toHaveAttribute('rel', /noopener/);
        // The frame is told the embed's height, by the embed's own origin, and it is the page's real height.
        const heights = () => page.evaluate(() => (window as unknown as { heights: { origin: string; height: number }[] }).heights);
        await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
        const last = (await heights()).at(-1)!;
        expect(last.origin).toBe(site.origin);
        const real = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
        expect(Math.abs(last.height - real)).toBeLessThanOrEqual(1);
        expect(last.height).toBeGreaterThan(300);
      } finally {
        await host.close();
      }
    });

    test('another site frames a glossary term, and cannot frame a lesson', async ({ page }) => {
      const lesson = `${site.origin}/${locale}/lessons/two-ways-to-grow/`;
      const host = await serveHostPage(`<!doctype html><html lang="en"><title>A course platform</title>
        <iframe id="term" src="${site.origin}/${locale}/embed/glossary/churn/" title="term" width="400" height="300"></iframe>
        <iframe id="lesson" src="${lesson}" title="lesson" width="400" height="300"></iframe>`);
      try {
        // The lesson itself is served, with the policy that forbids framing it.
        const response = await page.request.get(lesson);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

        await page.goto(host.origin);
        await expect(page.frameLocator('#term').locator('h1')).toBeVisible();
        const lessonFrame = await (await page.locator('#lesson').elementHandle())!.contentFrame();
        await expect.poll(() => lessonFrame!.url()).not.toBe('about:blank');
        expect(lessonFrame!.url()).not.toBe(lesson);
        await expect(page.frameLocator('#lesson').locator('article h1')).toHaveCount(0);
      } finally {
        await host.close();
      }
    });

    test("the Embed button's code carries the calculator's current scenario", async ({ page, baseURL }) => {
      await page.goto(`/${locale}/calculators/cost/?customers=100&retain=20&multiple=5`);
      const code = page.locator('.embed-code textarea');
      await page.locator('.embed-code summary').click();
      await expect(code).toBeVisible();
      await expect(code).toHaveValue(/\?customers=100&amp;retain=20&amp;multiple=5/);
      await page.locator('#cost-customers').fill(local(locale, '321'));
      await expect(code).toHaveValue(
        new RegExp(`src="[^"]+/${locale}/embed/calculators/cost/\\?customers=321&amp;retain=20&amp;multiple=5"`),
      );
      await expect(code).toHaveValue(/ title="[^"]+" loading="lazy" width="100%" height="\d+"/);
      // The preview link opens the same embed, on this site.
      const preview = page.locator('.embed-code a');
      await expect(preview).toHaveAttribute('href', `/${locale}/embed/calculators/cost/?customers=321&retain=20&multiple=5`);
      await preview.click();
      await expect(page).toHaveURL(`${baseURL}/${locale}/embed/calculators/cost/?customers=321&retain=20&multiple=5`);
      await expect(page.locator('#cost-customers')).toHaveValue(local(locale, '321'));
    });

    test("a term's Embed button gives its embed's code", async ({ page }) => {
      await page.goto(`/${locale}/glossary/churn/`);
      await page.locator('.embed-code summary').click();
      await expect(page.locator('.embed-code textarea')).toHaveValue(
        new RegExp(`^<iframe src="https?://[^/"]+/${locale}/embed/glossary/churn/" title="[^"]+" loading="lazy"`),
      );
    });
  });
}
