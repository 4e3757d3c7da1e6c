import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { foreignDigits, numbersIn, resultCells } from './results';

const digits = { en: '0123456789', ar: '٠١٢٣٤٥٦٧٨٩', fa: '۰۱۲۳۴۵۶۷۸۹' } as const;
type Locale = keyof typeof digits;
/** Writes Latin digits in the locale's own, leaving separators for the test to spell. */
const local = (locale: Locale, text: string) => text.replace(/[0-9]/g, (d) => digits[locale][Number(d)]!);
const results = (page: import('@playwright/test').Page) => page.locator('.calculator-results');
const ui = Object.fromEntries(
  (['en', 'ar', 'fa'] as const).map((l) => [l, JSON.parse(readFileSync(`src/i18n/ui/${l}.json`, 'utf8')) as Record<string, string>]),
) as Record<Locale, Record<string, string>>;
/** The numbers a line of text shows, written plainly (see results.ts). */
const numbersOf = (text: string | null) => numbersIn(text ?? '');
/** The digits in a text that are not the locale's own. */
const foreign = (text: string | null, locale: Locale) =>
  [...(text ?? '')].filter((char) => /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(char) && !digits[locale].includes(char)).join('');
/** A figure written plainly (1,234.5) as the locale writes it: its digits, and ٬ ٫ in Arabic and Persian. */
const figure = (locale: Locale, text: string) =>
  local(locale, locale === 'en' ? text : text.replace(/[.,]/g, (mark) => (mark === '.' ? '٫' : '٬')));
/** A UI string with its {{placeholders}} filled with figures written plainly, as the locale writes them. */
const filled = (locale: Locale, key: string, values: Record<string, string> = {}) =>
  ui[locale][key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => figure(locale, values[name]!));
/** Text without the bidi marks and isolates that set its figures apart. */
const plainly = (text: string) => text.replace(/[\u061C\u200E\u200F\u2066-\u2069]/g, '');
/** Every sentence the results show, written plainly. */
const sentences = async (page: import('@playwright/test').Page) =>
  (await page.locator('.calculator-results p').allTextContents()).map(plainly);

for (const locale of ['en', 'ar', 'fa'] as const) {
  /** Every result cell shows exactly these numbers (written plainly), in the locale's own digits. */
  const shows = async (page: import('@playwright/test').Page, cells: string[][]) => {
    await expect.poll(() => resultCells(page)).toEqual(cells);
    expect(await foreignDigits(page, digits[locale])).toBe('');
  };

  test.describe(`${locale}: calculators`, () => {
    test("the issue's examples reproduce from their links", async ({ page }) => {
      await page.goto(`/${locale}/calculators/cost/?customers=100&retain=20&multiple=5`);
      // Keep, replace, difference, and the cost to win one (20 × 5).
      await shows(page, [['2,000.00'], ['10,000.00'], ['8,000.00'], ['100.00']]);

      await page.goto(
        `/${locale}/calculators/roi/?ret_cost=1000&ret_reach=100&ret_rate=65&acq_cost=1000&acq_reach=100&acq_rate=12.5&order=50&margin=40`,
      );
      // Rows: sales, profit, return, payback in orders; columns: the retention campaign, the acquisition one.
      await shows(page, [['65.0'], ['12.5'], ['300.00'], ['-750.00'], ['+30.0%'], ['-75.0%'], ['1'], ['4']]);

      // The link names the rates it relies on: the defaults are now the running case's own rates.
      await page.goto(`/${locale}/calculators/success/?offers=100&target=30&existing_low=60&existing_high=70&new_low=5&new_high=20`);
      // Rows: existing customers, new prospects; columns: expected sales, offers needed for 30.
      await shows(page, [
        ['60.0', '70.0'],
        ['43', '50'],
        ['5.0', '20.0'],
        ['150', '600'],
      ]);

      await page.goto(`/${locale}/calculators/clv/?order=50&frequency=4&years=3&margin=40&cac=80`);
      // 50 × 4 × 3 × 40% = 240; 240 ÷ 80 = 3.
      await shows(page, [['240.00'], ['3.00']]);
      // These links give each calculator's defaults; this one does not, so the link is what counts.
      await page.goto(`/${locale}/calculators/clv/?order=50&frequency=4&years=3&margin=40&cac=60`);
      await shows(page, [['240.00'], ['4.00']]);

      await page.goto(`/${locale}/calculators/uplift/?retention=80&uplift=5&margin=100&years=10&discount=10`);
      await shows(page, [['351.49'], ['406.60'], ['+15.7%']]);
    });

    test("typing a scenario in Persian or Arabic-Indic digits gives the result in the locale's digits", async ({ page }) => {
      // A link that names its values, so the defaults (the running case) play no part.
      await page.goto(`/${locale}/calculators/cost/?customers=100&retain=20&multiple=5`);
      const fields = page.locator('.calculator-inputs input');
      // The link's 20 replaces the default once the island has hydrated: type after that,
      // so this test is about digits, not about racing hydration.
      await expect(fields.nth(1)).toHaveValue(/^(20|٢٠|۲۰)$/);
      await fields.nth(0).fill('۲۰۰'); // 200 customers, Persian digits
      await fields.nth(1).fill('١٥'); // 15 each, Arabic-Indic digits
      await fields.nth(2).fill('4');
      // 200 × 15 to keep them, × 4 to replace them, the difference, and 15 × 4 to win one.
      await shows(page, [['3,000.00'], ['12,000.00'], ['9,000.00'], ['60.00']]);
      await expect(page).toHaveURL(/customers=200&retain=15&multiple=4/);
    });

    test('bad input gets a message next to the field and never NaN', async ({ page }) => {
      await page.goto(`/${locale}/calculators/clv/?order=50&frequency=4&years=3&margin=40&cac=80`);
      const field = page.locator('#clv-margin');
      // The link's 40 replaces the default 45 once the island has hydrated.
      await expect(field).toHaveValue(local(locale, '40'));
      for (const bad of ['abc', '-5', '150', '']) {
        await field.fill(bad);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
        const message = page.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-error'))}`);
        await expect(message).not.toBeEmpty();
        await expect(field).toHaveValue(bad);
      }
      await page.locator('#clv-cac').fill('0');
      await expect(page.locator('#clv-cac')).toHaveAttribute('aria-invalid', 'true');
      await expect(results(page)).not.toContainText(/NaN|Infinity|undefined/);
      await shows(page, [['240.00'], ['3.00']]); // the last valid scenario stands
    });

    test('a hostile query string changes nothing but the values', async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        return dialog.dismiss();
      });
      await page.goto(`/${locale}/calculators/cost/?customers=%3Cimg%20src=x%20onerror=alert(1)%3E&retain=20`);
      // The bad value falls back to the default number of customers, the running case's 1,000.
      await expect(page.locator('#cost-customers')).toHaveValue(local(locale, '1000'));
      await expect(page.locator('main img')).toHaveCount(0);
      expect(dialogs).toBe(0);
    });

    test("ROI counts lifetime orders and shows payback (the issue's example)", async ({ page }) => {
      await page.goto(
        `/${locale}/calculators/roi/?ret_cost=2000&ret_reach=400&ret_rate=60&acq_cost=2000&acq_reach=400&acq_rate=20&order=25&margin=50&acq_orders=5`,
      );
      // Retention: 240 kept × 1 order × 12.5 = 3,000 − 2,000 = 1,000, +50%; 2,000 ÷ 240 ≈ 8.3 < 12.5: 1 order.
      // Acquisition: 80 won × 5 orders × 12.5 = 5,000 − 2,000 = 3,000, +150%; 2,000 ÷ 80 = 25 = 2 orders.
      await shows(page, [['240.0'], ['80.0'], ['1,000.00'], ['3,000.00'], ['+50.0%'], ['+150.0%'], ['1'], ['2']]);
      expect(await sentences(page)).toContain(filled(locale, 'calc.roi.horizon.orders', { ret: '1.0', acq: '5.0' }));
      await expect(results(page).getByText(ui[locale]['calc.roi.horizon.first']!, { exact: true })).toHaveCount(0);

      // The same link without the orders: one each, and the limits line says so.
      await page.goto(
        `/${locale}/calculators/roi/?ret_cost=2000&ret_reach=400&ret_rate=60&acq_cost=2000&acq_reach=400&acq_rate=20&order=25&margin=50`,
      );
      // Acquisition: 80 × 12.5 = 1,000 − 2,000 = −1,000, −50%.
      await shows(page, [['240.0'], ['80.0'], ['1,000.00'], ['-1,000.00'], ['+50.0%'], ['-50.0%'], ['1'], ['2']]);
      await expect(results(page).getByText(ui[locale]['calc.roi.horizon.first']!, { exact: true })).toBeVisible();
    });

    test("cost compares the cost per customer actually saved with the cost to win one (the issue's example)", async ({ page }) => {
      await page.goto(`/${locale}/calculators/cost/?customers=100&retain=20&multiple=5&saved=4`);
      // 100 × 20 = 2,000 spent; ÷ 4 saved = 500 each, against 20 × 5 = 100 to win one.
      await shows(page, [['2,000.00'], ['10,000.00'], ['8,000.00'], ['500.00'], ['100.00']]);
      expect(await sentences(page)).toContain(filled(locale, 'calc.cost.savedDearer', { ratio: '5.00' }));
    });

    test("uplift with profit that grows with tenure (the issue's example), and the same link without growth", async ({ page }) => {
      await page.goto(`/${locale}/calculators/uplift/?retention=90&uplift=5&margin=100&years=20&discount=8&growth=10`);
      await shows(page, [['989.42'], ['1,489.08'], ['+50.5%']]);
      // The line comparing with flat profit: +31.2%, in the locale's digits.
      const flat = results(page).locator('p', { hasText: ui[locale]['calc.uplift.withoutGrowth']!.split('{{')[0]!.trim() });
      expect(numbersOf(await flat.textContent())).toEqual(['+31.2%']);
      expect(foreign(await flat.textContent(), locale)).toBe('');

      await page.goto(`/${locale}/calculators/uplift/?retention=90&uplift=5&margin=100&years=20&discount=8`);
      await shows(page, [['584.35'], ['766.87'], ['+31.2%']]);
      await expect(flat).toHaveCount(0);
    });

    test('uplift says next to the years field when growth makes the horizon too long, and shows no number', async ({ page }) => {
      await page.goto(`/${locale}/calculators/uplift/?retention=90&uplift=5&margin=100&years=20&discount=8&growth=10`);
      const years = page.locator('#uplift-years');
      // The link's 20 years replace the default 10 once the island has hydrated: type after that.
      await expect(years).toHaveValue(local(locale, '20'));
      // 50% growth: 0.9 × 1.5 / 1.08 = 1.25 a year, and over 5,000 years the sum passes any number.
      await page.locator('#uplift-growth').fill(local(locale, '50'));
      await years.fill(local(locale, '5000'));
      await expect(years).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#uplift-years-error')).toHaveText(ui[locale]['calc.uplift.tooLong']!);
      await expect(years).toHaveAttribute('aria-describedby', /uplift-years-error/);
      await expect(results(page)).toContainText(ui[locale]['calc.uplift.tooLong']!);
      await expect(results(page)).not.toContainText(/NaN|Infinity|undefined|∞/);
      await expect(results(page).locator('svg')).toHaveCount(0);
      await shows(page, [[], [], []]);
      // Growth that churn and discounting outrun converges however long the horizon: back to 10%,
      // q = 11/12 gives 100 ÷ (1/12) = 1,200, and q = 209/216 gives 100 × 216/7 = 3,085.71, +157.1%.
      await page.locator('#uplift-growth').fill(local(locale, '10'));
      await expect(years).toHaveAttribute('aria-invalid', 'false');
      await expect(page.locator('#uplift-years-error')).toBeEmpty();
      await shows(page, [['1,200.00'], ['3,085.71'], ['+157.1%']]);
    });

    test("the new fields are labelled in the reader's language, and the two campaign costs apart", async ({ page }) => {
      await page.goto(`/${locale}/calculators/roi/`);
      for (const name of ['ret_orders', 'acq_orders', 'ret_cost', 'acq_cost']) {
        await expect(page.locator(`#roi-${name}`)).toHaveAccessibleName(ui[locale][`calc.roi.field.${name}`]!);
      }
      expect(ui[locale]['calc.roi.field.ret_cost']).not.toBe(ui[locale]['calc.roi.field.acq_cost']);
      await expect(page.locator('#roi-acq_orders')).toHaveAccessibleDescription(ui[locale]['calc.roi.hint.acq_orders']!);
      await page.goto(`/${locale}/calculators/cost/`);
      await expect(page.locator('#cost-saved')).toHaveAccessibleName(ui[locale]['calc.cost.field.saved']!);
      await page.goto(`/${locale}/calculators/uplift/`);
      await expect(page.locator('#uplift-growth')).toHaveAccessibleName(ui[locale]['calc.uplift.field.growth']!);
      // Growth is optional and off by default: the running case opens without it.
      await expect(page.locator('#uplift-growth')).toHaveValue('');
    });

    test('the CLV:CAC reading names its band in the same numbers as the bands, and links its origin', async ({ page }) => {
      // The running case: 28 × 4 × 2.6 × 45% = 131.04; ÷ 35 = 3.7, in the band from 3 to 5.
      await page.goto(`/${locale}/calculators/clv/?order=28&frequency=4&years=2.6&margin=45&cac=35`);
      await shows(page, [['131.04'], ['3.74']]);
      expect(await sentences(page)).toContain(filled(locale, 'calc.clv.reading.healthy', { healthy: '3', high: '5' }));
      // A ratio above 5 (131.04 ÷ 10 = 13.1) is read without a verdict.
      await page.locator('#clv-cac').fill(local(locale, '10'));
      await expect.poll(() => sentences(page)).toContain(filled(locale, 'calc.clv.reading.high', { high: '5' }));
      const source = results(page).getByRole('link', { name: ui[locale]['calc.clv.source']!, exact: true });
      await expect(source).toHaveAttribute('href', `/${locale}/sources/#ltv-cac-3`);
      await source.click();
      await expect(page.locator('#ltv-cac-3')).toBeVisible();
    });
  });
}

test('a shared link reproduces the scenario', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/fa/calculators/uplift/');
  await page.locator('#uplift-retention').fill('۷۰');
  await expect(page).toHaveURL(/retention=70/);
  const persian = JSON.parse(readFileSync('src/i18n/ui/fa.json', 'utf8')) as Record<string, string>;
  await page.getByRole('button', { name: persian['calc.copyLink']! }).click();
  await expect(page.locator('.calculator-results [role=status]')).not.toBeEmpty();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${baseURL}/fa/calculators/uplift/?`)).toBe(true);
  expect(new URL(link).searchParams.get('retention')).toBe('70');

  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.locator('#uplift-retention')).toHaveValue('۷۰');
});

test('without JavaScript a calculator page shows the formula and the defaults worked out', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/calculators/cost/');
  await expect(page.locator('.calculator-notes')).toContainText('×');
  // The running case: 1,000 mailed at $1.50, 60 saved, $35 to win one. Keep 1,500; replace
  // 1,000 × 35 = 35,000; difference 33,500; 1,500 ÷ 60 = 25 per customer saved; 35 to win one.
  expect(await resultCells(page)).toEqual([['1,500.00'], ['35,000.00'], ['33,500.00'], ['25.00'], ['35.00']]);
  await context.close();
});
