import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './site';

const locales = [
  { code: 'en', dir: 'ltr', label: 'English' },
  { code: 'ar', dir: 'rtl', label: 'العربية' },
  { code: 'fa', dir: 'rtl', label: 'فارسی' },
] as const;

for (const { code, dir } of locales) {
  test(`${code}: home page has lang="${code}" dir="${dir}", a skip link and no problems`, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto(`/${code}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  test(`${code}: the language picker round-trips to the same page`, async ({ page }) => {
    await page.goto(`/${code}/lessons/`);
    // The languages sit in the header's language menu, opened by its button.
    const pick = async (label: string) => {
      await page.locator('[popovertarget="language-menu"]').click();
      await page.getByRole('link', { name: label, exact: true }).click();
    };
    for (const other of locales.filter((l) => l.code !== code)) {
      await pick(other.label);
      await expect(page).toHaveURL(new RegExp(`/${other.code}/lessons/$`));
      await expect(page.locator('html')).toHaveAttribute('dir', other.dir);
      await pick(locales.find((l) => l.code === code)!.label);
      await expect(page).toHaveURL(new RegExp(`/${code}/lessons/$`));
    }
  });

  test(`${code}: at 320 px wide no kind of page scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const kinds = [
      '',
      'lessons/',
      'lessons/two-ways-to-grow/',
      'lessons/what-each-costs/',
      'calculators/uplift/',
      'glossary/',
      'glossary/clv/',
      'search/',
      'sources/',
    ];
    for (const path of kinds) {
      await page.goto(`/${code}/${path}`);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, `/${code}/${path}`).toBe(0);
    }
  });
}

test.describe('the root page', () => {
  for (const [preferred, expected] of [
    ['fa-IR', 'fa'],
    ['ar-EG', 'ar'],
    ['de-DE', 'en'],
  ] as const) {
    test.describe(`for a ${preferred} browser`, () => {
      test.use({ locale: preferred });
      test(`sends the reader to /${expected}/`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(new RegExp(`/${expected}/$`));
      });
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('offers the three languages in their own names', async ({ page }) => {
      await page.goto('/');
      for (const { code, label } of locales) {
        await expect(page.getByRole('link', { name: label, exact: true })).toHaveAttribute('href', `/${code}/`);
      }
    });
  });

  test('is accessible as a reader without JavaScript sees it', async ({ page, request }) => {
    // axe needs JavaScript, so render the page's own markup minus its redirect script.
    const html = await (await request.get('/')).text();
    expect(html).toContain('location.replace');
    await page.setContent(html.replace(/<script\b[\s\S]*?<\/script>/g, ''));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test('an unknown address gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/fa/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'صفحه پیدا نشد' })).toBeVisible();
});
