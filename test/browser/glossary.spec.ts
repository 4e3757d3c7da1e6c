import { test, expect } from '@playwright/test';
import { readGlossary } from '../content-files';

const glossary = readGlossary();
const clv = glossary.find((e) => e.id === 'clv')!.data;
// What a Persian reader on an Arabic keyboard types: Arabic yeh and kaf.
const arabicKeyboard = (text: string) => text.replaceAll('ی', 'ي').replaceAll('ک', 'ك');

for (const locale of ['en', 'ar', 'fa'] as const) {
  test.describe(`${locale}: the glossary`, () => {
    test('filters by term, alias and acronym', async ({ page }) => {
      await page.goto(`/${locale}/glossary/`);
      const filter = page.locator('#glossary-filter-input');
      const clvEntry = page.locator('article#clv');
      const visibleEntries = page.locator('article.entry:visible');

      await filter.fill('CLV');
      await expect(clvEntry).toBeVisible();
      await expect(page.locator('article#roi')).toBeHidden();

      await filter.fill(clv[locale].term);
      await expect(clvEntry).toBeVisible();

      await filter.fill(clv[locale].aliases.at(-1));
      await expect(clvEntry).toBeVisible();

      await filter.fill('zzqx');
      await expect(visibleEntries).toHaveCount(0);
      await expect(page.locator('.filter-status')).not.toBeEmpty();

      await filter.fill('');
      await expect(visibleEntries).toHaveCount(glossary.length);
    });

    test('copies an absolute link to a term', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${locale}/glossary/clv/`);
      // Wait for the island to hydrate: before that the button has no handler yet.
      await page.locator('astro-island:not([ssr]) .copy-link button').waitFor();
      const button = page.locator('.copy-link button');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.copy-link [role=status]')).not.toBeEmpty();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${locale}/glossary/clv/`);
    });

    test('a term page links to the same term in the other languages', async ({ page }) => {
      for (const other of (['en', 'ar', 'fa'] as const).filter((code) => code !== locale)) {
        await page.goto(`/${locale}/glossary/wom/`);
        await page.locator(`.other-languages a[hreflang=${other}]`).click();
        await expect(page).toHaveURL(new RegExp(`/${other}/glossary/wom/$`));
        await expect(page.locator('h1')).toContainText(glossary.find((e) => e.id === 'wom')!.data[other].term);
      }
    });

    test('shows every term without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/glossary/`);
      await expect(page.locator('article.entry')).toHaveCount(glossary.length);
      await context.close();
    });
  });
}

test('fa: an Arabic-keyboard query finds the Persian term', async ({ page }) => {
  await page.goto('/fa/glossary/');
  const typed = arabicKeyboard(clv.fa.term);
  expect(typed).not.toBe(clv.fa.term);
  await page.locator('#glossary-filter-input').fill(typed);
  await expect(page.locator('article#clv')).toBeVisible();
});

test('fa and ar: a Latin acronym with a digit finds its term', async ({ page }) => {
  for (const locale of ['fa', 'ar']) {
    await page.goto(`/${locale}/glossary/`);
    await page.locator('#glossary-filter-input').fill('b2c');
    await expect(page.locator('article#b2c')).toBeVisible();
  }
});

test('fa and ar: Latin digits find a term written with the locale digits', async ({ page }) => {
  for (const locale of ['fa', 'ar'] as const) {
    const pareto = glossary.find((e) => e.id === 'pareto-principle')!.data[locale];
    // The entry spells 80/20 in its own digits somewhere a reader would type it.
    expect([pareto.term, ...pareto.aliases].join(' ')).toMatch(/[۸٨][۰٠]\/[۲٢][۰٠]/);
    await page.goto(`/${locale}/glossary/`);
    await page.locator('#glossary-filter-input').fill('80/20');
    await expect(page.locator('article#pareto-principle')).toBeVisible();
  }
});
