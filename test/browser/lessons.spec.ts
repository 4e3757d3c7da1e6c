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
  const quiz: { question: string; choices: { text: string; feedback: string }[]; answer: number }[] = lesson.data['quiz'];
  const ui = uiStrings[locale]!;
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
        await group.getByRole('radio', { name: question.choices[choice]!.text, exact: true }).check();
        const item = page.locator('.quiz-item').filter({ has: group });
        await item.getByRole('button', { name: ui['quiz.check']! }).press('Enter');
        await expect(item.getByRole('status')).toHaveText(index === 0 ? ui['quiz.incorrect']! : ui['quiz.correct']!);
        // The right choice is named in words and shows why; a wrong pick shows its misconception.
        const right = item.locator('.quiz-choice.is-right');
        await expect(right).toContainText(question.choices[question.answer]!.text);
        await expect(right).toContainText(ui['quiz.right']!);
        await expect(right).toContainText(question.choices[question.answer]!.feedback);
        if (index === 0) {
          const wrong = item.locator('.quiz-choice.is-wrong');
          await expect(wrong).toContainText(ui['quiz.yours']!);
          await expect(wrong).toContainText(question.choices[choice]!.feedback);
        } else {
          await expect(item.locator('.quiz-choice.is-wrong')).toHaveCount(0);
        }
      }
      const score = page.locator('.quiz-score');
      await expect(score).toContainText(localDigits(quiz.length - 1));
      await expect(score).toContainText(localDigits(quiz.length));

      await page.getByRole('checkbox').check();
      await expect(page.locator('.mark-done [role=status]')).not.toBeEmpty();

      await page.goto(`/${locale}/lessons/`);
      const status = page.locator('.lesson-status').first();
      await expect(status).toContainText(`${localDigits(quiz.length - 1)}/${localDigits(quiz.length)}`);
      // Exactly one lesson done: a digit in the text would also be found in "10 lessons".
      await expect(page.locator('.course-progress progress')).toHaveAttribute('value', '1');

      await page.goto(`/${locale}/`);
      await expect(page.locator('.course-progress progress')).toHaveAttribute('value', '1');
      expect(problems).toEqual([]);
    });

    test('keeps "mark as done" ticked before the island took over', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${slug}/`);
      // The page's own checkbox, ticked while it is still plain HTML (the island hydrates when seen).
      const box = page.locator('.mark-done input[type=checkbox]');
      await box.evaluate((input: HTMLInputElement) => (input.checked = true));
      await box.scrollIntoViewIfNeeded();
      await expect(page.locator('.mark-done [role=status]')).toHaveText(ui['lesson.isDone']!);
      await expect(box).toBeChecked();
      await page.goto(`/${locale}/lessons/`);
      await expect(page.locator('.course-progress progress')).toHaveAttribute('value', '1');
    });

    test('hydrates the quiz without moving it, one choice to a row', async ({ page }) => {
      await page.addInitScript(() => {
        (window as any).quizShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) {
            if (entry.sources?.some((source: any) => source.node?.closest?.('.quiz'))) (window as any).quizShift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`/${locale}/lessons/${slug}/`);
      await page.locator('.quiz').scrollIntoViewIfNeeded();
      await expect(page.locator('.quiz-item').first().getByRole('button', { name: ui['quiz.check']! })).toBeVisible();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as any).quizShift)).toBe(0);
      // Each choice is its own full-width row: no two share a line.
      const rows = await page
        .locator('.quiz-item')
        .first()
        .locator('.quiz-choice label')
        .evaluateAll((labels) =>
          labels.map((label) => label.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, width: r.width })),
        );
      expect(rows).toHaveLength(4);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.top).toBeGreaterThanOrEqual(rows[i - 1]!.bottom);
      for (const row of rows) expect(row.width).toBeGreaterThan(rows[0]!.width - 1);
      for (const row of rows) expect(row.bottom - row.top).toBeGreaterThanOrEqual(44);
    });

    test('shuffles the choices when the quiz is tried again', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${slug}/`);
      await page.locator('.quiz').scrollIntoViewIfNeeded();
      const orderNow = () =>
        page
          .locator('.quiz-item')
          .evaluateAll((items) => items.map((item) => [...item.querySelectorAll('.quiz-choice-text')].map((text) => text.textContent)));
      const authored = quiz.map((question) => question.choices.map((choice) => choice.text));
      for (const question of quiz) {
        const group = page.getByRole('group', { name: question.question });
        await group.getByRole('radio', { name: question.choices[question.answer]!.text, exact: true }).check();
        await page.locator('.quiz-item').filter({ has: group }).getByRole('button', { name: ui['quiz.check']! }).click();
      }
      expect(await orderNow()).toEqual(authored);
      await page.getByRole('button', { name: ui['quiz.retry']! }).click();
      // A shuffle that gives back the order just seen is redrawn, so the chance that no
      // question's order changes is about (1/24)² per question, too small to ever happen.
      expect(await orderNow()).not.toEqual(authored);
      await expect(page.locator('.quiz-choice.is-right')).toHaveCount(0);
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
      // Every choice with its feedback, the right one named.
      for (const choice of quiz[0]!.choices) await expect(details.first()).toContainText(choice.feedback);
      await expect(details.first().locator('.is-right')).toContainText(quiz[0]!.choices[quiz[0]!.answer]!.text);
      // The choices can still be picked, one row each, as with JavaScript.
      await page.getByRole('radio', { name: quiz[0]!.choices[1]!.text, exact: true }).check();
      await expect(page.getByRole('radio', { name: quiz[0]!.choices[1]!.text, exact: true })).toBeChecked();
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
