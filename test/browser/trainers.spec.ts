import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readLessons, readYaml } from '../content-files';
import { axeViolations, withAxe } from './axe';
import { watchPage } from './site';
import { scan } from './qr';

// The trainer's kit in every language: a page of notes for every lesson whose answer key
// is the lesson's own quiz (read here from the lessons' front matter with the yaml
// package, as the site reads it), the capstone's rubric, and slides that move with the
// keyboard (the arrow mirrored in right-to-left languages) and a swipe, and print one a page.

const locales = ['en', 'ar', 'fa'] as const;
type Locale = (typeof locales)[number];
const lessons = readLessons();
const ui = Object.fromEntries(locales.map((l) => [l, JSON.parse(readFileSync(`src/i18n/ui/${l}.json`, 'utf8')) as Record<string, string>]));
const digits = { en: '0123456789', ar: '٠١٢٣٤٥٦٧٨٩', fa: '۰۱۲۳۴۵۶۷۸۹' };
const localDigits = (locale: Locale, n: number) => [...String(n)].map((d) => digits[locale][Number(d)]).join('');
/** The list markers each language's numbers are drawn with (global.css, by numbering system). */
const listMarkers = { en: 'decimal', ar: 'arabic-indic', fa: 'persian' };

interface Question {
  id: string;
  question: string;
  answer: number;
  choices: { text: string; feedback: string }[];
}

for (const locale of locales) {
  const course = lessons.filter((l) => l.locale === locale).sort((a, b) => a.data['order'] - b.data['order']);
  const strings = ui[locale]!;

  test.describe(`${locale}: the trainer's guide`, () => {
    test('is where the home page sends trainers, and leads to every lesson, its slides and the capstone', async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page.getByRole('link', { name: strings['home.trainers.cta']! }).click();
      await expect(page).toHaveURL(`/${locale}/trainers/`);
      await expect(page.locator('h1')).toHaveText(readYaml(`trainers/${locale}/course.yaml`)['title']);
      for (const lesson of course) {
        await expect(page.locator(`a[href="/${locale}/trainers/${lesson.slug}/"]`)).toHaveText(lesson.data['title']);
        await expect(page.locator(`a[href="/${locale}/trainers/${lesson.slug}/slides/"]`)).toHaveCount(1);
      }
      await expect(page.locator(`a[href="/${locale}/trainers/capstone/"]`)).toHaveText(strings['trainers.capstone.title']!);
    });

    test("has notes for every lesson, whose answer key is the lesson's quiz and whose practice answer is the lesson's", async ({
      page,
    }) => {
      test.setTimeout(60_000);
      for (const lesson of course) {
        await page.goto(`/${locale}/trainers/${lesson.slug}/`);
        await expect(page.locator('h1')).toContainText(lesson.data['title']);
        const quiz: Question[] = lesson.data['quiz'];
        const items = page.locator('.answer-key > li');
        await expect(items, lesson.slug).toHaveCount(quiz.length);
        for (const [index, question] of quiz.entries()) {
          const item = items.nth(index);
          await expect(item.locator('.question')).toHaveText(question.question);
          await expect(item.locator('.answer')).toHaveText(question.choices[question.answer]!.text);
          await expect(item.locator('.reasoning')).toHaveText(question.choices[question.answer]!.feedback);
        }
        await expect(page.locator('.answer-key')).toHaveCSS('list-style-type', listMarkers[locale]);
        // The practice task as the lesson sets it: its calculator link, then the worked answer, open.
        const [, calculator, query] = /<Practice calculator="([a-z]+)" query="([^"]+)">/.exec(lesson.body)!;
        const practice = page.locator('section[aria-labelledby="practice"]');
        await expect(practice.locator(`a[href="/${locale}/calculators/${calculator}/?${query}"]`)).toHaveCount(1);
        await expect(practice.getByRole('heading', { name: strings['practice.answer']!, exact: true })).toBeVisible();
      }
    });

    test("shows the capstone's rubric from the capstone page, row for row", async ({ page }) => {
      const source = readFileSync(`content/pages/${locale}/capstone.mdx`, 'utf8');
      const rubric = /<Rubric>([\s\S]*?)<\/Rubric>/.exec(source)![1]!;
      // Table lines less the header and its rule.
      const rows = rubric.split('\n').filter((line) => line.startsWith('|')).length - 2;
      await page.goto(`/${locale}/trainers/capstone/`);
      await expect(page.locator('.rubric tbody tr')).toHaveCount(rows);
      await expect(page.locator(`a[href="/${locale}/capstone/"]`)).toHaveCount(1);
    });
  });

  test.describe(`${locale}: slides`, () => {
    const lesson = course[0]!;
    const notes = readYaml(`trainers/${locale}/${lesson.slug}.yaml`);
    const takeaways: string[] = lesson.data['takeaways'];
    // The title, each key point, the worked example, each prompt, the exercise.
    const count = 1 + takeaways.length + 1 + notes['prompts'].length + 1;
    const address = `/${locale}/trainers/${lesson.slug}/slides/`;
    const forward = locale === 'en' ? 'ArrowRight' : 'ArrowLeft';
    const back = locale === 'en' ? 'ArrowLeft' : 'ArrowRight';
    const counter = (n: number) =>
      strings['trainers.slides.counter']!.replace('{{current, number}}', localDigits(locale, n)).replace(
        '{{total, number}}',
        localDigits(locale, count),
      );
    const current = (page: Page) => page.locator('.slide:visible');

    test(`move with the keys, ${forward} going forward, with a counter in the language's digits`, async ({ page, baseURL }) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(address);
      await expect(current(page)).toHaveCount(1);
      await expect(current(page).locator('h1')).toHaveText(lesson.data['title']);
      const status = page.locator('[data-counter]');
      await expect(status).toHaveText(counter(1));
      // Readable from the back of the room: body text of 32 px or more at 1280 × 720.
      const size = await current(page)
        .locator('p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(size).toBeGreaterThanOrEqual(32);

      await page.keyboard.press(forward);
      await expect(current(page)).toContainText(takeaways[0]!);
      await expect(status).toHaveText(counter(2));
      await page.keyboard.press(back);
      await expect(current(page).locator('h1')).toBeVisible();
      await page.keyboard.press('PageDown');
      await page.keyboard.press('Space');
      await expect(current(page)).toContainText(takeaways[1]!);
      await page.keyboard.press('PageUp');
      await expect(status).toHaveText(counter(2));
      await page.keyboard.press('End');
      await expect(current(page)).toContainText(notes['exercise'].title);
      await expect(status).toHaveText(counter(count));
      await page.keyboard.press(forward);
      await expect(status).toHaveText(counter(count));
      await page.keyboard.press('Home');
      await expect(status).toHaveText(counter(1));
      // The buttons do the same, and the way back leads to the notes.
      await page.getByRole('button', { name: strings['trainers.slides.next']! }).click();
      await expect(status).toHaveText(counter(2));
      await page.getByRole('link', { name: strings['trainers.slides.back']! }).click();
      await expect(page).toHaveURL(`/${locale}/trainers/${lesson.slug}/`);
      expect(problems).toEqual([]);
    });

    test('move with a swipe towards where the text starts', async ({ page }) => {
      await page.goto(address);
      await expect(page.locator('[data-counter]')).toHaveText(counter(1));
      // A finger drawn from the end of the line to its start pulls the next slide in.
      const [from, to] = locale === 'en' ? [900, 300] : [300, 900];
      await page.locator('.deck').evaluate(
        (deck, [x0, x1]) => {
          const touch = (x: number) => new Touch({ identifier: 1, target: deck, clientX: x, clientY: 300 });
          deck.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(x0!)], changedTouches: [touch(x0!)], bubbles: true }));
          deck.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(x1!)], bubbles: true }));
        },
        [from, to],
      );
      await expect(page.locator('[data-counter]')).toHaveText(counter(2));
    });

    test('print one slide a page, each the size of the page', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(address);
      await expect(page.locator('[data-counter]')).toHaveText(counter(1));
      await page.emulateMedia({ media: 'print' });
      const slides = page.locator('.slide');
      await expect(slides).toHaveCount(count);
      await expect(page.locator('.deck-chrome')).toBeHidden();
      for (let index = 0; index < count; index++) {
        const slide = slides.nth(index);
        expect(await slide.boundingBox(), `slide ${index + 1}`).toMatchObject({ width: 1280, height: 720 });
        await expect(slide).toHaveCSS('break-after', index < count - 1 ? 'page' : 'auto');
      }
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(count);
    });

    test("show a QR code on the exercise slide that opens the exercise's calculator on its numbers", async ({ page, context }) => {
      const { calculator, query } = notes['exercise'];
      expect(calculator, 'the first lesson has a calculator exercise').toBeTruthy();
      const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321');
      const scenario = new URL(`/${locale}/calculators/${calculator}/?${query}`, site).href;
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(address);
      await page.keyboard.press('End');
      const code = current(page).locator('.qr-code');
      await expect(code).toBeVisible();
      await expect(code.locator('.qr-url')).toHaveText(scenario);
      expect(await scan(context, code)).toBe(scenario);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('scroll from slide to slide, every one on screen in turn', async ({ page }) => {
        await page.goto(address);
        await expect(current(page)).toHaveCount(count);
        await expect(page.locator('[data-controls]')).toBeHidden();
        const last = page.locator('.slide').last();
        await last.scrollIntoViewIfNeeded();
        await expect(last).toBeInViewport();
      });
    });
  });

  test(`${locale}: the kit's pages are accessible in light and dark`, async ({ page, context }) => {
    test.setTimeout(60_000);
    await withAxe(context);
    const slides = `/${locale}/trainers/${course[0]!.slug}/slides/`;
    for (const path of [
      `/${locale}/trainers/`,
      `/${locale}/trainers/${course.at(-1)!.slug}/`,
      `/${locale}/trainers/capstone/`,
      slides,
      `${slides}#slide-99`,
    ]) {
      await page.goto(path);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect.soft(await axeViolations(page), `${path}, ${colorScheme}`).toEqual([]);
      }
    }
  });
}
