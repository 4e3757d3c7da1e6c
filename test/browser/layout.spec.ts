import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readLessons } from '../content-files';
import { axeViolations, withAxe } from './axe';

// The site's frame (issue 16): a one-row header in every language, and a lesson laid out
// so that its text starts on the first screen, with its contents beside it and the way on
// after it.

const localeList = ['en', 'ar', 'fa'] as const;
const dirs = { en: 'ltr', ar: 'rtl', fa: 'rtl' } as const;
const digits = { en: '0123456789', ar: '٠١٢٣٤٥٦٧٨٩', fa: '۰۱۲۳۴۵۶۷۸۹' } as const;
const ui = Object.fromEntries(
  localeList.map((l) => [l, JSON.parse(readFileSync(`src/i18n/ui/${l}.json`, 'utf8')) as Record<string, string>]),
) as Record<(typeof localeList)[number], Record<string, string>>;
const lessons = readLessons();
const slug = 'what-each-costs';
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

/** The header's controls, in the order a reader meets them. */
const controls = ['.site-name', '.header-search', '[popovertarget="language-menu"]', '[popovertarget="site-nav-menu"]'];

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  expect(found, selector).not.toBeNull();
  return found!;
}

for (const locale of localeList) {
  const local = (n: number) => [...String(n)].map((d) => digits[locale][Number(d)]).join('');

  test.describe(`${locale}: the header on a phone`, () => {
    test.use({ viewport: phone });

    test('is one row at most 64 px tall, with the name, search, language and menu in reading order', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${slug}/`);
      expect((await box(page, '.site-header')).height).toBeLessThanOrEqual(64);
      const boxes = [];
      for (const selector of controls) boxes.push(await box(page, selector));
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      for (const b of boxes) expect(Math.abs(middle(b) - middle(boxes[0]!))).toBeLessThan(8);
      // Each control starts after the one before it ends, in the page's direction.
      for (let i = 1; i < boxes.length; i++) {
        const [before, after] = [boxes[i - 1]!, boxes[i]!];
        if (dirs[locale] === 'ltr') expect(after.x).toBeGreaterThanOrEqual(before.x + before.width - 1);
        else expect(after.x + after.width).toBeLessThanOrEqual(before.x + 1);
      }
      // The sections are behind the menu button until it is pressed.
      await expect(page.getByRole('link', { name: ui[locale]['nav.glossary']!, exact: true })).toBeHidden();
    });

    test('menus open from their buttons, say so, close on Escape and give focus back', async ({ page }) => {
      await page.goto(`/${locale}/glossary/`);
      for (const [id, link] of [
        ['site-nav-menu', ui[locale]['nav.lessons']!],
        ['language-menu', 'English'],
      ] as const) {
        const button = page.locator(`[popovertarget="${id}"]`);
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await button.focus();
        await page.keyboard.press('Enter');
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        await expect(page.getByRole('link', { name: link, exact: true })).toBeVisible();
        // The panel comes next in the tab order.
        await page.keyboard.press('Tab');
        expect(await page.evaluate((panel) => document.getElementById(panel)!.contains(document.activeElement), id)).toBe(true);
        await page.keyboard.press('Escape');
        await expect(page.locator(`#${id}`)).toBeHidden();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await expect(button).toBeFocused();
      }
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds nothing with each menu open, ${colorScheme}`, async ({ page, context }) => {
        await page.emulateMedia({ colorScheme });
        await withAxe(context);
        await page.goto(`/${locale}/lessons/`);
        for (const id of ['site-nav-menu', 'language-menu']) {
          await page.locator(`[popovertarget="${id}"]`).click();
          await expect(page.locator(`#${id}`)).toBeVisible();
          expect(await axeViolations(page), id).toEqual([]);
        }
      });
    }
  });

  test.describe(`${locale}: the header on a desktop`, () => {
    test.use({ viewport: desktop });
    test('shows the sections in the row, with no menu button', async ({ page }) => {
      await page.goto(`/${locale}/lessons/`);
      await expect(page.locator('[popovertarget="site-nav-menu"]')).toBeHidden();
      const current = page.getByRole('link', { name: ui[locale]['nav.lessons']!, exact: true });
      await expect(current).toBeVisible();
      await expect(current).toHaveAttribute('aria-current', 'page');
      expect((await box(page, '.site-header')).height).toBeLessThanOrEqual(64);
      // Inside the section the link marks where the reader is, but it is not this page.
      await page.goto(`/${locale}/lessons/what-each-costs/`);
      await expect(current).toHaveAttribute('aria-current', 'true');
    });
  });

  test.describe(`${locale}: a lesson on a 1280 × 900 desktop`, () => {
    test.use({ viewport: desktop });

    test('starts its text on the first screen, its contents in a rail at the inline end that stays in view', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${slug}/`);
      const paragraph = await box(page, '.prose > p');
      expect(paragraph.y).toBeLessThanOrEqual(600);
      const toc = await box(page, '.toc');
      expect(toc.y + 40).toBeLessThan(900);
      // At the inline end: to the right of the text in English, to its left in Arabic and Persian.
      if (dirs[locale] === 'ltr') expect(toc.x).toBeGreaterThanOrEqual(paragraph.x + paragraph.width);
      else expect(toc.x + toc.width).toBeLessThanOrEqual(paragraph.x);
      await page.mouse.wheel(0, 3000);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(2500);
      const stuck = await page.locator('.toc').evaluate((toc) => toc.getBoundingClientRect().top);
      expect(stuck).toBeGreaterThanOrEqual(0);
      expect(stuck).toBeLessThan(40);
    });

    test('ends with the next lesson as a full-width card that counts in the page’s digits', async ({ page }) => {
      const course = lessons.filter((l) => l.locale === locale).sort((a, b) => a.data['order'] - b.data['order']);
      const index = course.findIndex((l) => l.slug === slug);
      const next = course[index + 1]!;
      await page.goto(`/${locale}/lessons/${slug}/`);
      const card = page.locator('.pager a[rel="next"]');
      await expect(card).toHaveAttribute('href', `/${locale}/lessons/${next.slug}/`);
      await expect(card).toContainText(next.data['title']);
      const count = ui[locale]['layout.nextLessonOf']!.replace('{{n, number}}', local(index + 2)).replace(
        '{{total, number}}',
        local(course.length),
      );
      await expect(card).toContainText(count);
      const [cardBox, textBox] = [await box(page, '.pager a[rel="next"]'), await box(page, '.prose')];
      expect(cardBox.width).toBeGreaterThanOrEqual(textBox.width - 1);
      // It comes before the lesson's sources, right after the quiz and marking it done.
      const order = await page.evaluate(() => {
        const [pager, sources] = [document.querySelector('.pager')!, document.querySelector('.mark-done')!];
        return pager.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_PRECEDING;
      });
      expect(order).toBeTruthy();
    });
  });
}

for (const locale of localeList) {
  test.describe(`${locale}: the glossary on a phone`, () => {
    test.use({ viewport: phone });

    test('puts the filter’s label above a full-width box, and the letters follow the filter', async ({ page }) => {
      await page.goto(`/${locale}/glossary/`);
      const label = await box(page, '.glossary-filter label');
      const input = await box(page, '#glossary-filter-input');
      const column = await box(page, 'main h1');
      expect(label.y + label.height).toBeLessThanOrEqual(input.y);
      expect(input.width).toBeGreaterThanOrEqual(column.width - 1);

      const letters = page.locator('.jump-bar li');
      const all = await letters.count();
      expect(all).toBeGreaterThan(10);
      await page.locator('#glossary-filter-input').fill('CLV');
      await expect(page.locator('.jump-bar li:visible')).toHaveCount(1);
      // The one letter left is the one whose group holds the match.
      const target = await page.locator('.jump-bar li:visible a').getAttribute('href');
      await expect(page.locator(`section:has(${target!})`)).toBeVisible();
      await expect(page.locator(`section:has(${target!}) [data-match]:visible`)).toHaveCount(1);
      await page.locator('#glossary-filter-input').fill('');
      await expect(page.locator('.jump-bar li:visible')).toHaveCount(all);
    });

    test('copies each term’s link with a small button named for the term', async ({ page }) => {
      await page.goto(`/${locale}/glossary/`);
      const entry = page.locator('.entry').first();
      const term = (await entry.locator('h3').textContent())!.trim();
      const button = entry.locator('.copy-link button');
      // Its name holds what it shows (WCAG 2.5.3) and the term, so sixty of them are told apart.
      const name = (await button.getAttribute('aria-label'))!;
      await expect(button).toHaveAccessibleName(name);
      expect(name.startsWith(ui[locale]['glossary.copyLink']!)).toBe(true);
      await expect(button).toContainText(ui[locale]['glossary.copyLink']!);
      expect(name).toContain(term.split(/\s/)[0]!);
      // Small beside its term: a fraction of the row, in smaller type than the term.
      const [buttonBox, entryBox] = [await button.boundingBox(), await entry.boundingBox()];
      expect(buttonBox!.width).toBeLessThan(entryBox!.width * 0.4);
      const [termSize, buttonSize] = await Promise.all([
        entry.locator('h3 a').evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
        button.evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
      ]);
      expect(buttonSize).toBeLessThan(termSize);
    });
  });
}

// The smaller items of issue 16.
for (const locale of localeList) {
  const course = lessons.filter((l) => l.locale === locale);

  test(`${locale}: an unknown address offers search and the lessons`, async ({ page }) => {
    await page.goto(`/${locale}/no-such-page/`);
    const section = page.locator(`section[lang="${locale}"]`);
    await expect(section.locator('ol > li > a')).toHaveCount(course.length);
    const box = section.getByRole('searchbox');
    await box.fill('CLV');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=CLV$`));
    await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', `/${locale}/glossary/clv/`);
  });

  test(`${locale}: a figure's caveat opens by keyboard or tap, not only on hover`, async ({ page }) => {
    await page.goto(`/${locale}/lessons/${slug}/`);
    const button = page.locator('.claim-note').first();
    const caveat = page.locator(`#${await button.getAttribute('popovertarget')}`);
    await expect(caveat).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(caveat).toBeVisible();
    await expect(caveat).toContainText(ui[locale]['sources.caveat']!);
    await page.keyboard.press('Escape');
    await expect(caveat).toBeHidden();
    await expect(button).toBeFocused();
  });

  test(`${locale}: lesson tables on a phone are cards of labelled cells`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(`/${locale}/lessons/choosing-your-mix/`);
    const table = page.locator('.prose > table').first();
    const headings = (await table.locator('th').allTextContents()).map((h) => h.trim());
    const cells = table.locator('tbody td');
    const width = (await table.boundingBox())!.width;
    for (const cell of (await cells.all()).slice(0, 6)) {
      // Each cell has the row's full width, and (past the first) says which column it is.
      expect((await cell.boundingBox())!.width).toBeGreaterThan(width - 4);
    }
    const second = cells.nth(1);
    const label = await second.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label.replace(/^"|"$/g, '')).toBe(headings[1]);
  });

  test(`${locale}: reading times agree with the other languages'`, async ({ page }) => {
    const minutes = async (code: string) => {
      await page.goto(`/${code}/lessons/`);
      const texts = await page.locator('ol.lessons > li .meta').allTextContents();
      return texts.map((text) =>
        Number(
          text
            .replace(/[٠-٩۰-۹]/g, (d) => String(d.charCodeAt(0) % 16))
            .replace(/\D+/g, ' ')
            .trim()
            .split(' ')[0],
        ),
      );
    };
    const own = await minutes(locale);
    expect(own.every((n) => n > 0)).toBe(true);
    expect(own).toEqual(await minutes(localeList.find((code) => code !== locale)!));
  });

  test(`${locale}: the home cards end level, and the lessons index ticks lessons done`, async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.addInitScript(
      (lesson) => localStorage.setItem('keep-or-win:progress:v1', JSON.stringify({ [lesson]: { done: true } })),
      slug,
    );
    await page.goto(`/${locale}/`);
    const bottoms = await page
      .locator('.audiences .card a')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().bottom)));
    expect(bottoms).toHaveLength(3);
    expect(new Set(bottoms).size).toBe(1);
    await page.goto(`/${locale}/lessons/`);
    const done = page.locator('.lesson-status.is-done');
    await expect(done).toHaveCount(1);
    await expect(done).toContainText('✓');
    // The bar has a line of its own: its label never wraps around it.
    const [bar, label] = [await box(page, '.course-progress progress'), await box(page, '.course-progress p')];
    expect(bar.width).toBeGreaterThan(label.width - 2 * 16);
  });
}
