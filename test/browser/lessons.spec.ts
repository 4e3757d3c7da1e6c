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

    test('numbers the sections in its table of contents and nests the subsections', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${slug}/`);
      const sections = await page.locator('.prose h2').count();
      const subsections = await page.locator('.prose h3').count();
      expect(subsections).toBeGreaterThan(0);
      await expect(page.locator('.toc > ol > li')).toHaveCount(sections);
      await expect(page.locator('.toc > ol > li > ul > li')).toHaveCount(subsections);
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

// WCAG 1.4.13: a summary that appears on hover or focus can be read whole, hovered and
// dismissed, and it must not push the page sideways on a phone.
for (const locale of ['en', 'ar', 'fa'] as const) {
  test.describe(`${locale}: glossary terms in a lesson at 320 px`, () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('every summary shows on keyboard focus, inside the screen, and Escape hides it', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${slug}/`);
      const links = page.locator('.term > a');
      const count = await links.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
        await link.focus();
        await expect(tip).toBeVisible();
        const box = (await tip.boundingBox())!;
        const name = await link.textContent();
        expect(box.x, `${name}: starts inside the screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${name}: ends inside the screen`).toBeLessThanOrEqual(320);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: no sideways scroll`).toBeLessThanOrEqual(320);
        await page.keyboard.press('Escape');
        await expect(tip).toBeHidden();
        await expect(link).toBeFocused();
      }
    });

    test('a summary stays while the pointer moves from the term onto it', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${slug}/`);
      const link = page.locator('.term > a').first();
      const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
      await link.hover();
      await expect(tip).toBeVisible();
      const from = (await link.boundingBox())!;
      const to = (await tip.boundingBox())!;
      // Straight down from the term, as a reader reaches for the text under it.
      const x = Math.min(Math.max(from.x + from.width / 2, to.x + 8), to.x + to.width - 8);
      await page.mouse.move(x, from.y + from.height / 2);
      await page.mouse.move(x, to.y + to.height / 2, { steps: 10 });
      await expect(tip).toBeVisible();
    });
  });
}
