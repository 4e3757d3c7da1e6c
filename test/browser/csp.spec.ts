import { test, expect } from '@playwright/test';
import { watchPage } from './site';

// Every page carries a Content-Security-Policy without 'unsafe-inline' for scripts; the
// parts that run code (search, calculators, quiz) must work under it, in every locale.
for (const locale of ['en', 'ar', 'fa'] as const) {
  test(`${locale}: search and a calculator in use break no policy`, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto(`/${locale}/calculators/roi/`);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).not.toContain('unsafe-inline');
    await page.locator('#roi-ret_rate').fill('70');
    // 100 reached × 70% × 50 × 40% − 1000 = 400 profit: +40% return.
    await expect(page.locator('.calculator-results')).toContainText({ en: '40%', ar: '٤٠٪', fa: '۴۰٪' }[locale]);
    await page.goto(`/${locale}/search/?q=CLV`);
    await expect(page.locator('.search-status')).not.toBeEmpty();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}
