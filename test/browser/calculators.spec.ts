import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { foreignDigits, resultCells } from './results';

const digits = { en: '0123456789', ar: '٠١٢٣٤٥٦٧٨٩', fa: '۰۱۲۳۴۵۶۷۸۹' } as const;
type Locale = keyof typeof digits;
/** Writes Latin digits in the locale's own, leaving separators for the test to spell. */
const local = (locale: Locale, text: string) => text.replace(/[0-9]/g, (d) => digits[locale][Number(d)]!);
const results = (page: import('@playwright/test').Page) => page.locator('.calculator-results');

for (const locale of ['en', 'ar', 'fa'] as const) {
  /** Every result cell shows exactly these numbers (written plainly), in the locale's own digits. */
  const shows = async (page: import('@playwright/test').Page, cells: string[][]) => {
    await expect.poll(() => resultCells(page)).toEqual(cells);
    expect(await foreignDigits(page, digits[locale])).toBe('');
  };

  test.describe(`${locale}: calculators`, () => {
    test('the issue\'s examples reproduce from their links', async ({ page }) => {
      await page.goto(`/${locale}/calculators/cost/?customers=100&retain=20&multiple=5`);
      // Keep, replace, difference, and the cost to win one (20 × 5).
      await shows(page, [['2,000'], ['10,000'], ['8,000'], ['100']]);

      await page.goto(`/${locale}/calculators/roi/?ret_cost=1000&ret_reach=100&ret_rate=65&acq_cost=1000&acq_reach=100&acq_rate=12.5&order=50&margin=40`);
      // Rows: sales, profit, return, payback in orders; columns: the retention campaign, the acquisition one.
      await shows(page, [['65'], ['12.5'], ['300'], ['-750'], ['+30%'], ['-75%'], ['1'], ['4']]);

      // The link names the rates it relies on: the defaults are now the running case's own rates.
      await page.goto(`/${locale}/calculators/success/?offers=100&target=30&existing_low=60&existing_high=70&new_low=5&new_high=20`);
      // Rows: existing customers, new prospects; columns: expected sales, offers needed for 30.
      await shows(page, [['60', '70'], ['43', '50'], ['5', '20'], ['150', '600']]);

      await page.goto(`/${locale}/calculators/clv/?order=50&frequency=4&years=3&margin=40&cac=80`);
      // 50 × 4 × 3 × 40% = 240; 240 ÷ 80 = 3.
      await shows(page, [['240'], ['3']]);
      // These links give each calculator's defaults; this one does not, so the link is what counts.
      await page.goto(`/${locale}/calculators/clv/?order=50&frequency=4&years=3&margin=40&cac=60`);
      await shows(page, [['240'], ['4']]);

      await page.goto(`/${locale}/calculators/uplift/?retention=80&uplift=5&margin=100&years=10&discount=10`);
      await shows(page, [['351.49'], ['406.6'], ['+15.7%']]);
    });

    test('typing a scenario in Persian or Arabic-Indic digits gives the result in the locale\'s digits', async ({ page }) => {
      // A link that names its values, so the defaults (the running case) play no part.
      await page.goto(`/${locale}/calculators/cost/?customers=100&retain=20&multiple=5`);
      const fields = page.locator('.calculator-inputs input');
      await fields.nth(0).fill('۲۰۰'); // 200 customers, Persian digits
      await fields.nth(1).fill('١٥'); // 15 each, Arabic-Indic digits
      await fields.nth(2).fill('4');
      // 200 × 15 to keep them, × 4 to replace them, the difference, and 15 × 4 to win one.
      await shows(page, [['3,000'], ['12,000'], ['9,000'], ['60']]);
      await expect(page).toHaveURL(/customers=200&retain=15&multiple=4/);
    });

    test('bad input gets a message next to the field and never NaN', async ({ page }) => {
      await page.goto(`/${locale}/calculators/clv/?order=50&frequency=4&years=3&margin=40&cac=80`);
      const field = page.locator('#clv-margin');
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
      await shows(page, [['240'], ['3']]); // the last valid scenario stands
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
  expect(await resultCells(page)).toEqual([['1,500'], ['35,000'], ['33,500'], ['25'], ['35']]);
  await context.close();
});
