import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resultCells } from './results';
import { watchPage } from './site';

// Every page carries a Content-Security-Policy without 'unsafe-inline' for scripts (its
// hashes: test/built/csp.test.ts); the parts that run code (search, calculators) must
// work under it, in every locale.
for (const locale of ['en', 'ar', 'fa'] as const) {
  const ui = JSON.parse(readFileSync(`src/i18n/ui/${locale}.json`, 'utf8')) as Record<string, string>;

  test(`${locale}: search and a calculator in use break no policy`, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    // A link that names its values, so the defaults (the running case) play no part.
    await page.goto(
      `/${locale}/calculators/roi/?ret_cost=1000&ret_reach=100&ret_rate=65&acq_cost=1000&acq_reach=100&acq_rate=12.5&order=50&margin=40`,
    );
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).not.toContain('unsafe-inline');
    // Typed once the calculator has hydrated: this test is about the policy, not about typing early.
    await expect(page.locator('astro-island[ssr]:has(#roi-ret_rate)')).toHaveCount(0);
    await page.locator('#roi-ret_rate').fill('70');
    // 100 reached × 70% = 70 sales; × 50 × 40% − 1000 = 400 profit: +40% return. (The rows
    // after these, payback, are calculators.spec.ts's.)
    await expect
      .poll(async () => (await resultCells(page)).slice(0, 6))
      .toEqual([['70.0'], ['12.5'], ['400.00'], ['-750.00'], ['+40.0%'], ['-75.0%']]);

    // Search runs Pagefind's WebAssembly and worker, which the policy must allow: it finds
    // the glossary term by its acronym and puts it first.
    await page.goto(`/${locale}/search/?q=CLV`);
    await expect(page.locator('.search-results li a').first()).toHaveAttribute('href', `/${locale}/glossary/clv/`);
    await expect(page.locator('.search-status')).not.toHaveText(ui['search.failed']!);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}
