import { test, expect } from '@playwright/test';
import { readLessons } from '../content-files';
import { watchPage } from './site';
import { readFileSync } from 'node:fs';

const lessons = readLessons();
const uiStrings = Object.fromEntries(
  (['en', 'ar', 'fa'] as const).map((l) => [l, JSON.parse(readFileSync(`src/i18n/ui/${l}.json`, 'utf8')) as Record<string, string>]),
);
const slug = 'two-ways-to-grow';

for (const locale of ['en', 'ar', 'fa'] as const) {
  const lesson = lessons.find((l) => l.locale === locale && l.slug === slug)!;
  const quiz: { question: string; choices: string[]; answer: number }[] = lesson.data['quiz'];
  const digits = { en: '0123456789', ar: '٠١٢٣٤٥٦٧٨٩', fa: '۰۱۲۳۴۵۶۷۸۹' }[locale];
  const localDigits = (n: number) => [...String(n)].map((d) => digits[Number(d)]).join('');

  test.describe(`${locale}: a lesson`, () => {
    test('takes the quiz, marks it done, and the index and home page remember', async ({ page, baseURL }) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(`/${locale}/lessons/${slug}/`);
      await expect(page.locator('h1')).toHaveText(lesson.data['title']);

      // The quiz hydrates when it scrolls into view.
      await page.locator('.quiz').scrollIntoViewIfNeeded();
      // Answer the first question wrongly and the rest rightly, all by keyboard.
      for (const [index, question] of quiz.entries()) {
        const group = page.getByRole('group', { name: question.question });
        await group.scrollIntoViewIfNeeded();
        const choice = index === 0 ? (question.answer + 1) % question.choices.length : question.answer;
        await group.getByRole('radio', { name: question.choices[choice]!, exact: true }).check();
        const item = page.locator('.quiz li').filter({ has: group });
        await item.getByRole('button').press('Enter');
        // The verdict: the right answer named after a wrong pick, a plain "correct" otherwise.
        await expect(item.getByRole('status')).toContainText(
          index === 0 ? question.choices[question.answer]! : uiStrings[locale]!['quiz.correct']!,
        );
      }
      const score = page.locator('.quiz-score');
      await expect(score).toContainText(localDigits(quiz.length - 1));
      await expect(score).toContainText(localDigits(quiz.length));

      await page.getByRole('checkbox').check();
      await expect(page.locator('.mark-done [role=status]')).not.toBeEmpty();

      await page.goto(`/${locale}/lessons/`);
      const status = page.locator('.lesson-status').first();
      await expect(status).toContainText(`${localDigits(quiz.length - 1)}/${localDigits(quiz.length)}`);
      await expect(page.locator('.course-progress')).toContainText(localDigits(1));

      await page.goto(`/${locale}/`);
      await expect(page.locator('.course-progress')).toContainText(localDigits(1));
      expect(problems).toEqual([]);
    });

    test('keeps working when storage holds garbage', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('keep-or-win:progress:v1', '{"x":<script>'));
      await page.goto(`/${locale}/lessons/`);
      await expect(page.locator('ol.lessons > li')).toHaveCount(lessons.filter((l) => l.locale === locale).length);
      await expect(page.locator('.course-progress')).toHaveCount(0);
    });
  });

  test.describe(`${locale}: a lesson without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows every quiz question with its answer in a disclosure widget', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${slug}/`);
      const details = page.locator('.quiz details');
      await expect(details).toHaveCount(quiz.length);
      await details.first().locator('summary').click();
      await expect(details.first()).toContainText(quiz[0]!.choices[quiz[0]!.answer]!);
    });
  });
}
