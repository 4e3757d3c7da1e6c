import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Search shows what the pages teach, never their interface (issue 16): buttons, labels,
// headings the site adds and links to elsewhere are marked data-pagefind-ignore. Each
// interface string below is searched for as typed, which finds exactly the pages that
// show it; no excerpt may then contain it.

const interfaceKeys = [
  'glossary.copyLink',
  'glossary.backToAll',
  'glossary.usedIn',
  'glossary.otherLanguages',
  'glossary.related',
  'glossary.next',
  'lesson.objectives',
  'lesson.toc',
  'lesson.takeaways',
  'lesson.markDone',
  'lesson.sourceArticles',
  'lesson.sourceFigures',
  'lesson.previous',
  'quiz.answer',
  'practice.answer',
  'calc.copyLink',
  'calc.open',
] as const;

for (const locale of ['en', 'ar', 'fa'] as const) {
  const ui = JSON.parse(readFileSync(`src/i18n/ui/${locale}.json`, 'utf8')) as Record<string, string>;

  test(`${locale}: search excerpts hold no interface text`, async ({ page }) => {
    test.setTimeout(120_000);
    const seen: string[] = [];
    let hits = 0;
    for (const key of interfaceKeys) {
      const label = ui[key]!;
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(label)}`);
      await expect(page.locator('.search-status')).not.toBeEmpty();
      await expect(page.locator('.search-status')).not.toHaveText(ui['search.loading']!);
      const excerpts = await page.locator('.search-results > li > p').allTextContents();
      hits += excerpts.length;
      for (const excerpt of excerpts) if (excerpt.toLowerCase().includes(label.toLowerCase())) seen.push(`${key}: ${excerpt}`);
    }
    // The searches must find pages (the words are also in the text), or the check says nothing.
    expect(hits).toBeGreaterThan(20);
    expect(seen).toEqual([]);
  });
}

const digits = { en: /^[0-9]+$/, ar: /^[٠-٩]+$/, fa: /^[۰-۹]+$/ } as const;
/** A count in any of the three digit sets, as a number. */
const toNumber = (text: string) => Number(text.replace(/[٠-٩۰-۹]/g, (d) => String(d.charCodeAt(0) % 16)));

for (const locale of ['en', 'ar', 'fa'] as const) {
  test(`${locale}: the kinds are chips that count the matches of each, in the page's digits`, async ({ page }) => {
    await page.goto(`/${locale}/search/?q=CLV`);
    const chips = page.locator('.kind-chip');
    await expect(chips).toHaveCount(4);
    await expect(chips.first().locator('.kind-count')).toBeVisible();
    const counts = (await chips.locator('.kind-count').allTextContents()).map((text) => text.trim());
    for (const count of counts) expect(count).toMatch(digits[locale]);
    const [all, ...kinds] = counts.map(toNumber);
    expect(all).toBeGreaterThan(0);
    expect(kinds.reduce((a, b) => a + b, 0)).toBe(all);
    // Choosing a kind lists only that kind's pages, as many as its chip said.
    const terms = chips.nth(2);
    await terms.click();
    await expect(terms.locator('input')).toBeChecked();
    await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', new RegExp(`^/${locale}/glossary/`));
    const box = await terms.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  });

  test.describe(`${locale}: the search dialog on a phone`, () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('fills the screen, with its close button at the top', async ({ page }) => {
      await page.goto(`/${locale}/lessons/`);
      await page.locator('.header-search').click();
      const dialog = page.locator('#search-dialog');
      await expect(page.locator('#search-dialog-query')).toBeFocused();
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeLessThanOrEqual(0);
      expect(box.y).toBeLessThanOrEqual(0);
      expect(box.width).toBeGreaterThanOrEqual(390);
      expect(box.height).toBeGreaterThanOrEqual(844);
      const close = dialog.getByRole('button', { name: JSON.parse(readFileSync(`src/i18n/ui/${locale}.json`, 'utf8'))['search.close'] });
      const closeBox = (await close.boundingBox())!;
      const input = (await page.locator('#search-dialog-query').boundingBox())!;
      expect(closeBox.y + closeBox.height).toBeLessThanOrEqual(input.y);
      await close.click();
      await expect(dialog).toBeHidden();
    });
  });
}
