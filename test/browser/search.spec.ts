import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeTags } from './site';

async function searchFor(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('.search-status');
  await expect(status).not.toBeEmpty();
  await expect(status).not.toHaveText(/…$/);
  return page.locator('.search-results > li > a');
}

// Each query must find the page named, in the reader's own language only.
const queries: { locale: 'en' | 'ar' | 'fa'; query: string; finds: string; first?: boolean; why: string }[] = [
  { locale: 'en', query: 'CLV', finds: '/en/glossary/clv/', first: true, why: 'an acronym finds its term first' },
  { locale: 'en', query: 'word of mouse', finds: '/en/glossary/wom/', why: 'an alias' },
  { locale: 'en', query: '60', finds: '/en/lessons/success-rates-and-roi/', why: 'a figure' },
  { locale: 'ar', query: 'CLV', finds: '/ar/glossary/clv/', first: true, why: 'a Latin acronym on an Arabic page' },
  { locale: 'ar', query: '60', finds: '/ar/lessons/success-rates-and-roi/', why: 'Latin digits find ٦٠' },
  { locale: 'ar', query: 'الاحتفاظ بالعملاء', finds: '/ar/lessons/two-ways-to-grow/', why: 'plain Arabic' },
  { locale: 'fa', query: 'CLV', finds: '/fa/glossary/clv/', first: true, why: 'a Latin acronym on a Persian page' },
  { locale: 'fa', query: '60', finds: '/fa/lessons/success-rates-and-roi/', why: 'Latin digits find ۶۰' },
  { locale: 'fa', query: 'حفظ مشتري', finds: '/fa/lessons/two-ways-to-grow/', why: 'Arabic yeh finds Persian yeh' },
  { locale: 'fa', query: 'وفاداري', finds: '/fa/glossary/customer-loyalty/', first: true, why: 'an Arabic-keyboard spelling of a term, named exactly so, ranks it first' },
];

for (const { locale, query, finds, first, why } of queries) {
  test(`${locale}: "${query}" finds ${finds} (${why})`, async ({ page }) => {
    const links = await searchFor(page, locale, query);
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(finds);
    if (first) expect(hrefs[0]).toBe(finds);
    for (const href of hrefs) expect(href.startsWith(`/${locale}/`)).toBe(true);
  });
}

test('a query with HTML in it is shown as text and never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    return dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await searchFor(page, 'en', hostile);
  // Kept as typed in the box, searched as words, and never turned into markup.
  await expect(page.locator('#search-query')).toHaveValue(hostile);
  await expect(page.locator('main img')).toHaveCount(0);
  for (const mark of await page.locator('.search-results p').evaluateAll((ps) => ps.map((p) => p.innerHTML))) {
    expect(mark.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z]/i);
  }
  expect(dialogs).toBe(0);
});

test('nothing about search loads until the reader searches', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/fa/lessons/two-ways-to-grow/', { waitUntil: 'networkidle' });
  await page.goto('/fa/search/', { waitUntil: 'networkidle' });
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

  await page.locator('#search-query').fill('مشتری');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  expect(fetched.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('the results page keeps what was typed and the kind chosen in its URL', async ({ page }) => {
  await page.goto('/en/search/');
  await page.locator('#search-query').fill('retention');
  await page.getByRole('radio', { name: 'Glossary terms' }).check();
  await expect(page).toHaveURL(/\/en\/search\/\?q=retention&kind=term$/);
  for (const link of await page.locator('.search-results > li > a').all()) {
    await expect(link).toHaveAttribute('href', /^\/en\/glossary\//);
  }
});

const dialogQueries = { en: 'CLV', ar: 'CLV', fa: 'وفاداري' } as const;
const dialogFinds = { en: '/en/glossary/clv/', ar: '/ar/glossary/clv/', fa: '/fa/glossary/customer-loyalty/' } as const;

for (const locale of ['en', 'ar', 'fa'] as const) {
  test.describe(`${locale}: the header search dialog`, () => {
    test('loads nothing until opened; "/" opens it and results come as the reader types', async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`/${locale}/lessons/two-ways-to-grow/`, { waitUntil: 'networkidle' });
      expect(fetched.filter((path) => path.startsWith('/pagefind/') || /Search\.[\w-]+\.js$/.test(path))).toEqual([]);

      await page.keyboard.press('/');
      const dialog = page.locator('#search-dialog');
      await expect(dialog).toBeVisible();
      const box = dialog.locator('#search-dialog-query');
      await expect(box).toBeFocused();
      await box.pressSequentially(dialogQueries[locale]);
      await expect(dialog.locator('.search-results > li > a').first()).toHaveAttribute('href', dialogFinds[locale]);
      // The page behind keeps its own URL: only the results page writes the query there.
      expect(new URL(page.url()).search).toBe('');

      const results = await new AxeBuilder({ page }).include('#search-dialog').withTags(axeTags).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });

    test('keeps focus inside while open, closes on Escape and gives focus back', async ({ page }) => {
      await page.goto(`/${locale}/glossary/`);
      const opener = page.locator('.header-search');
      await opener.click();
      const dialog = page.locator('#search-dialog');
      await expect(dialog).toBeVisible();
      await page.locator('#search-dialog-query').fill(dialogQueries[locale]);
      await expect(dialog.locator('.search-results > li').first()).toBeVisible();
      const focusInDialog = () => page.evaluate(() => document.querySelector('#search-dialog')!.contains(document.activeElement));
      for (const key of [...Array(25).fill('Tab'), ...Array(25).fill('Shift+Tab')]) {
        await page.keyboard.press(key);
        expect(await focusInDialog(), `after ${key}`).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
    });

    test('Enter goes to the results page, which can be shared', async ({ page }) => {
      await page.goto(`/${locale}/calculators/`);
      await page.keyboard.press('/');
      const box = page.locator('#search-dialog-query');
      await expect(box).toBeFocused();
      await box.fill('CLV');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=CLV$`));
      await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', `/${locale}/glossary/clv/`);
    });
  });
}

test('without JavaScript the search link opens the results page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fa/');
  await page.locator('.header-search').click();
  await expect(page).toHaveURL(/\/fa\/search\/$/);
  await context.close();
});
