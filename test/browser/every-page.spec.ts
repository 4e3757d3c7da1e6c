import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeTags, builtPages, watchPage } from './site';

// Every page the build wrote, in every language: no accessibility violation, no console
// error, no failed request, nothing fetched from another origin.
// The root page redirects at once; foundation.spec.ts checks it without JavaScript.
for (const path of builtPages().filter((p) => p !== '/')) {
  test(`${path} passes axe and stays on its origin`, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
  });
}
