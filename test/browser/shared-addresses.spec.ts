import { test, expect } from '@playwright/test';

// The lesson addresses that existed when trainers started sharing links (main at
// 223ced7): each must keep answering, in every language, with the lesson that now
// teaches what it taught. Written out by hand on purpose: a renamed lesson that forgot
// its redirect must fail here, whatever the content folder now holds.
const sharedSlugs = [
  'two-ways-to-grow',
  'what-each-costs',
  'success-rates-and-roi',
  'customer-lifetime-value',
  'retention-toolbox',
  'acquisition-toolbox',
  'word-of-mouth',
  'measuring-retention-and-win-back',
  'knowing-your-customers',
  'choosing-your-mix',
];
const nowTaughtIn: Record<string, string> = { 'measuring-retention-and-win-back': 'measuring-retention' };

for (const locale of ['en', 'ar', 'fa']) {
  for (const slug of sharedSlugs) {
    const target = `/${locale}/lessons/${nowTaughtIn[slug] ?? slug}/`;
    test(`/${locale}/lessons/${slug}/ still leads to ${target}`, async ({ page }) => {
      const response = await page.goto(`/${locale}/lessons/${slug}/`);
      expect(response?.status()).toBe(200);
      // A moved lesson answers with a meta refresh; wait for the browser to follow it.
      await page.waitForURL((url) => url.pathname === target);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('article h1')).toHaveCount(1);
    });
  }
}
