import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readLessons } from '../content-files';
import { watchPage } from './site';

// The end of the course, in every language: the final test passes and fails at 70%, and
// the certificate is withheld until every lesson is done and the test passed, then prints
// on one A4 page in the locale's digits and calendar.
interface Item {
  id: string;
  question: string;
  answer: number;
  lesson: string;
  choices: { text: string }[];
}
const lessons = readLessons();
const locales = ['en', 'ar', 'fa'] as const;
const digitsOf = { en: /[0-9]/, ar: /[٠-٩]/, fa: /[۰-۹]/ } as const;
const ui = Object.fromEntries(locales.map((l) => [l, JSON.parse(readFileSync(`src/i18n/ui/${l}.json`, 'utf8')) as Record<string, string>]));
const STORAGE = 'keep-or-win:progress:v1';
const FINAL = 'keep-or-win:final-test:v1';

/** Picks, for each item, the right choice or (for the first `wrong` items) the next one. */
async function answer(page: Page, items: Item[], wrong: number) {
  for (const [index, item] of items.entries()) {
    const pick = index < wrong ? (item.answer + 1) % item.choices.length : item.answer;
    const group = page.getByRole('group', { name: item.question });
    await group.getByRole('radio', { name: item.choices[pick]!.text, exact: true }).check();
  }
}

for (const locale of locales) {
  const items: Item[] = parse(readFileSync(`content/final-test/${locale}.yaml`, 'utf8')).items;
  const strings = ui[locale]!;
  const slugs = lessons.filter((l) => l.locale === locale).map((l) => l.slug);

  test.describe(`${locale}: the final test`, () => {
    test('says how many are unanswered, then passes at 14 of 20 and keeps the result', async ({ page, baseURL }) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(`/${locale}/assessment/`);
      const submit = page.getByRole('button', { name: strings['finalTest.submit']! });
      await submit.click();
      await expect(page.locator('.quiz-verdict')).toContainText(digitsOf[locale]);
      // Six wrong: 14 of 20 is exactly the pass mark.
      await answer(page, items, 6);
      await submit.click();
      await expect(page.getByRole('heading', { name: strings['finalTest.passed']! })).toBeFocused();
      await expect(page.locator('.final-result .quiz-score')).toContainText(locale === 'en' ? '14' : locale === 'ar' ? '١٤' : '۱۴');
      await expect(page.getByRole('link', { name: strings['finalTest.certificate']! })).toHaveAttribute('href', `/${locale}/certificate/`);
      const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), FINAL))!);
      expect([stored.correct, stored.total]).toEqual([14, 20]);
      expect(problems).toEqual([]);
    });

    test('fails at 13 of 20 and lists the sections to revisit, with links into the lessons', async ({ page }) => {
      await page.goto(`/${locale}/assessment/`);
      await answer(page, items, 7);
      await page.getByRole('button', { name: strings['finalTest.submit']! }).click();
      await expect(page.getByRole('heading', { name: strings['finalTest.failed']! })).toBeVisible();
      const revisit = page.locator('.final-result li a');
      const hrefs = await revisit.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      const missed = new Set(items.slice(0, 7).map((item) => item.lesson));
      // Each missed lesson is linked, at a heading (#…), and nothing else is.
      expect(new Set(hrefs.map((href) => href.split('/')[3]))).toEqual(missed);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/lessons/[a-z-]+/#.+`));
      // Each choice now says what it was: seven wrong picks are marked as the reader's.
      await expect(page.locator('.quiz-choice.is-wrong')).toHaveCount(7);
      await expect(page.locator('.quiz-choice.is-right')).toHaveCount(20);
    });
  });

  test(`${locale}: the recap prints on at most two A4 pages`, async ({ page }) => {
    await page.goto(`/${locale}/recap/`);
    await expect(page.locator('.recap-lessons > li')).toHaveCount(slugs.length);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBeLessThanOrEqual(2);
  });

  test.describe(`${locale}: the certificate`, () => {
    test('lists what is left until every lesson is done and the test passed', async ({ page }) => {
      await page.addInitScript(
        ([key, done]) => localStorage.setItem(key, JSON.stringify(Object.fromEntries(done.map((slug) => [slug, { done: true }])))),
        [STORAGE, slugs.slice(0, -1)] as const,
      );
      await page.goto(`/${locale}/certificate/`);
      const left = page.locator('.certificate-left');
      await expect(left.locator('li')).toHaveCount(1);
      await expect(left.getByRole('link', { name: strings['certificate.testLink']! })).toBeVisible();
      await expect(page.getByRole('textbox')).toHaveCount(0);
    });

    test('ignores garbage in storage', async ({ page }) => {
      await page.addInitScript(
        ([a, b]) => {
          localStorage.setItem(a, '{"x":<script>');
          localStorage.setItem(b, '{"correct":99,"total":20,"date":"yesterday"}');
        },
        [STORAGE, FINAL] as const,
      );
      await page.goto(`/${locale}/certificate/`);
      await expect(page.locator('.certificate-left li')).toHaveCount(slugs.length);
    });

    test("once earned, prints the learner's name on one A4 page, in the locale's digits", async ({ page }) => {
      await page.addInitScript(
        ([key, final, done]) => {
          localStorage.setItem(key, JSON.stringify(Object.fromEntries(done.map((slug) => [slug, { done: true }]))));
          localStorage.setItem(final, JSON.stringify({ correct: 17, total: 20, date: '2026-11-29' }));
        },
        [STORAGE, FINAL, slugs] as const,
      );
      await page.goto(`/${locale}/certificate/`);
      await page.getByRole('textbox', { name: strings['certificate.name']! }).fill('Layla Haddad');
      await page.getByRole('button', { name: strings['certificate.show']! }).click();
      const certificate = page.locator('.certificate');
      await expect(certificate).toContainText('Layla Haddad');
      await expect(certificate.locator('.certificate-lessons li')).toHaveCount(slugs.length);
      // 17 of 20 is 85%, and 29 November 2026 is 8 Azar 1405 in the Persian calendar.
      const expected = { en: ['85%', 'November 29, 2026'], ar: ['٨٥', '٢٠٢٦'], fa: ['۸۵', 'آذر ۱۴۰۵'] }[locale];
      for (const text of expected) await expect(certificate).toContainText(text);
      await expect(certificate).toContainText(strings['certificate.unverified']!);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    });
  });
}
