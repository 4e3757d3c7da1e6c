import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { numbersIn } from './results';
import { scan } from './qr';

// Lessons print as handouts: without the site's chrome, with a QR code at the top that
// leads back to the page and one beside each calculator scenario that opens it, each
// decoding to the address printed under it. Addresses are the public site's (SITE_URL).
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321');
const lesson = 'customer-lifetime-value';

// Three device pixels to a CSS pixel: a 30 mm code is then about seven pixels a module.
test.use({ deviceScaleFactor: 3 });

for (const locale of ['en', 'ar', 'fa'] as const) {
  test.describe(`${locale}: handouts`, () => {
    const path = `/${locale}/lessons/${lesson}/`;

    test('a printed lesson has no site chrome, and QR codes that lead to the page and to each scenario', async ({ page, context }) => {
      test.setTimeout(60_000);
      await page.goto(path);
      await expect(page.locator('.qr-code').first()).toBeHidden();
      await page.emulateMedia({ media: 'print' });

      for (const chrome of ['.site-header', '.site-footer', '.skip-link', 'nav', 'button', 'form']) {
        await expect(page.locator(`${chrome}:visible`), chrome).toHaveCount(0);
      }

      const top = page.locator('.lesson-head > .qr-code');
      await expect(top).toBeVisible();
      const own = new URL(path, site).href;
      expect(await scan(context, top)).toBe(own);
      await expect(top.locator('.qr-url')).toHaveText(own);

      // Beside each calculator and practice task: the calculator with the lesson's numbers, as its link opens it.
      const scenarios = [
        ...(await page.locator('.calculator-embed').all()).map((box) => ({ box, link: box.locator('a[href*="/calculators/"]').last() })),
        ...(await page.locator('.practice').all()).map((box) => ({ box, link: box.locator('.practice-open a') })),
      ];
      expect(scenarios.length).toBe(3);
      for (const { box, link } of scenarios) {
        const href = await link.getAttribute('href');
        expect(href).toContain('?');
        const expected = new URL(href!, site).href;
        const code = box.locator('.qr-code');
        await expect(code).toBeVisible();
        expect(await scan(context, code)).toBe(expected);
        await expect(code.locator('.qr-url')).toHaveText(expected);
      }
    });

    test('printed links show their full address as a left-to-right island, and calculators print their numbers as a table', async ({
      page,
    }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });

      // A link whose text and printed address share one line, so that their boxes can be compared.
      const links = page.locator('.prose a[href^="/"]');
      const oneLine = await links.evaluateAll((all) => all.findIndex((a) => a.getClientRects().length === 1));
      expect(oneLine).toBeGreaterThanOrEqual(0);
      const link = links.nth(oneLine);
      const href = (await link.getAttribute('href'))!;
      const after = await link.evaluate((a) => {
        const style = getComputedStyle(a, '::after');
        const rtl = getComputedStyle(a).direction === 'rtl';
        // The gap between the link's text and its address, on the side that faces the text.
        const gap = rtl ? style.marginRight : style.marginLeft;
        return { content: style.content, direction: style.direction, bidi: style.unicodeBidi, gap: parseFloat(gap) };
      });
      expect(after.content.replace(/"\s*"/g, '')).toContain(`(${site.origin}${href})`);
      expect(after.direction).toBe('ltr');
      expect(after.bidi).toBe('isolate');
      expect(after.gap).toBeGreaterThan(2);
      // And it reads as written: the address's first character is at its left end, even in an RTL line.
      const ends = await link.evaluate((a) => {
        const range = document.createRange();
        range.selectNodeContents(a);
        const text = range.getBoundingClientRect();
        const whole = a.getBoundingClientRect();
        return { textLeft: text.left, textRight: text.right, wholeLeft: whole.left, wholeRight: whole.right };
      });
      if (locale === 'en') expect(ends.wholeRight).toBeGreaterThan(ends.textRight);
      else expect(ends.wholeLeft).toBeLessThan(ends.textLeft);

      const calculator = page.locator('.calculator-embed').first();
      await expect(calculator.locator('.calculator-inputs')).toBeHidden();
      const table = calculator.locator('table.calculator-print');
      await expect(table).toBeVisible();
      // The table holds the lesson's numbers: those its link to the calculator carries, in order.
      const query = new URL((await calculator.locator('a[href*="/calculators/"]').last().getAttribute('href'))!, site).searchParams;
      const values = (await table.locator('td').allTextContents()).flatMap(numbersIn);
      expect(values).toEqual([...query.values()]);
      await expect(table.locator('th').first()).toHaveText(
        (await calculator.locator('.calculator-inputs label').first().textContent()) ?? '',
      );
    });

    test('lessons, glossary terms and the recap have a print button, and print without any button', async ({ page }) => {
      const label = (JSON.parse(readFileSync(`src/i18n/ui/${locale}.json`, 'utf8')) as Record<string, string>)['handout.print']!;
      for (const printable of [path, `/${locale}/glossary/churn/`, `/${locale}/recap/`]) {
        await page.goto(printable);
        const print = page.getByRole('button', { name: label, exact: true });
        await print.scrollIntoViewIfNeeded();
        await expect(print, printable).toBeVisible();
        // Hydrated: clicking it opens the print dialog (window.print, stubbed here).
        await page.evaluate(() => {
          window.print = () => document.documentElement.setAttribute('data-printed', '');
        });
        await expect(async () => {
          await print.click();
          await expect(page.locator('html[data-printed]')).toHaveCount(1, { timeout: 500 });
        }).toPass();
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('button:visible'), printable).toHaveCount(0);
        await page.emulateMedia({ media: 'screen' });
      }
    });
  });
}
