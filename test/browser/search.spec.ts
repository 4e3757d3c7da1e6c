import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeTags } from './site';

async function searchFor(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('.search-status');
  await expect(status).not.toBeEmpty();
  await expect(status).not.toHaveText(/…$/);
  return page.locator('.search-results > li > a');
}

// Each query must find the page named, in the reader's own language only.
const queries: { locale: 'en' | 'ar' | 'fa'; query: string; finds: string; first?: boolean; why: string }[] = [
  { locale: 'en', query: 'CLV', finds: '/en/glossary/clv/', first: true, why: 'an acronym finds its term first' },
  { locale: 'en', query: 'word of mouse', finds: '/en/glossary/wom/', why: 'an alias' },
  { locale: 'en', query: '60', finds: '/en/lessons/success-rates-and-roi/', why: 'a figure' },
  { locale: 'ar', query: 'CLV', finds: '/ar/glossary/clv/', first: true, why: 'a Latin acronym on an Arabic page' },
  { locale: 'ar', query: '60', finds: '/ar/lessons/success-rates-and-roi/', why: 'Latin digits find ٦٠' },
  { locale: 'ar', query: 'الاحتفاظ بالعملاء', finds: '/ar/lessons/two-ways-to-grow/', why: 'plain Arabic' },
  // Arabic text is indexed as written and Pagefind's Arabic stemmer folds it: these pin that.
  { locale: 'ar', query: 'حملة اعادة التفاعل', finds: '/ar/glossary/re-engagement-campaign/', first: true, why: 'the hamza left off' },
  { locale: 'ar', query: 'العائد علي الاستثمار', finds: '/ar/glossary/roi/', first: true, why: 'yeh for alef maksura' },
  { locale: 'ar', query: 'القيمة الدايمة', finds: '/ar/glossary/clv/', first: true, why: 'yeh for yeh with hamza' },
  { locale: 'ar', query: 'الإحالَة', finds: '/ar/glossary/referral/', first: true, why: 'tashkeel typed' },
  { locale: 'ar', query: 'التســويق بالمحتوى', finds: '/ar/glossary/content-marketing/', first: true, why: 'tatweel typed' },
  { locale: 'ar', query: 'مبدأ باریتو', finds: '/ar/glossary/pareto-principle/', first: true, why: 'a Persian yeh on an Arabic page' },
  { locale: 'ar', query: 'يبدأ', finds: '/ar/lessons/word-of-mouth/', why: 'a word ending in hamza, which the stemmer makes ء' },
  { locale: 'ar', query: 'مبدأ', finds: '/ar/glossary/pareto-principle/', first: true, why: 'a term ending in hamza' },
  { locale: 'ar', query: '۶۰', finds: '/ar/lessons/success-rates-and-roi/', why: 'Persian digits find ٦٠' },
  { locale: 'fa', query: 'CLV', finds: '/fa/glossary/clv/', first: true, why: 'a Latin acronym on a Persian page' },
  { locale: 'fa', query: '60', finds: '/fa/lessons/success-rates-and-roi/', why: 'Latin digits find ۶۰' },
  { locale: 'fa', query: 'حفظ مشتري', finds: '/fa/lessons/two-ways-to-grow/', why: 'Arabic yeh finds Persian yeh' },
  { locale: 'fa', query: 'بهینه\u200Cسازی', finds: '/fa/glossary/seo/', first: true, why: 'a compound with its non-joiner' },
  { locale: 'fa', query: 'بهینه سازی', finds: '/fa/glossary/seo/', first: true, why: 'a compound typed with a space' },
  { locale: 'fa', query: 'بهینهسازی', finds: '/fa/glossary/seo/', first: true, why: 'a compound typed with nothing between' },
  // (A glossary page: the term summaries that pop up in lessons are not indexed as lesson text.)
  { locale: 'fa', query: 'اگهی', finds: '/fa/glossary/traditional-advertising/', why: 'alef for alef with madda' },
  {
    locale: 'fa',
    query: 'وفاداري',
    finds: '/fa/glossary/customer-loyalty/',
    first: true,
    why: 'an Arabic-keyboard spelling of a term, named exactly so, ranks it first',
  },
];

/** Every hit's path, pressing "Show more results" until the list is complete. */
async function allHits(page: Page) {
  const more = page.locator('.search-more button');
  while (await more.isVisible()) {
    const shown = await page.locator('.search-results > li').count();
    await more.click();
    await expect(page.locator('.search-results > li')).not.toHaveCount(shown);
  }
  return page.locator('.search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

for (const { locale, query, finds, first, why } of queries) {
  test(`${locale}: "${query}" finds ${finds} (${why})`, async ({ page }) => {
    await searchFor(page, locale, query);
    const hrefs = await allHits(page);
    expect(hrefs).toContain(finds);
    if (first) expect(hrefs[0]).toBe(finds);
    for (const href of hrefs) expect(href.startsWith(`/${locale}/`)).toBe(true);
  });
}

// The index holds folded text (no hamzas, non-joiners turned to spaces); what a reader
// sees must be the page's own spelling: each result's title is its page's <h1>, and
// every word of its excerpt is a word the page writes.
const spellingQueries = { en: 'retention', ar: 'الاحتفاظ بالعملاء', fa: 'حفظ مشتري' } as const;

for (const [locale, query] of Object.entries(spellingQueries)) {
  test(`${locale}: results show each page's own spelling`, async ({ page }) => {
    await searchFor(page, locale, query);
    const hits = await page.locator('.search-results > li').evaluateAll((items) =>
      items.slice(0, 10).map((item) => ({
        href: item.querySelector('a')!.getAttribute('href')!,
        title: item.querySelector('a')!.textContent,
        excerpt: item.querySelector('p')!.textContent!,
      })),
    );
    expect(hits.length).toBeGreaterThan(0);
    const wordOf = (token: string) => token.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '');
    for (const hit of hits) {
      await page.goto(hit.href);
      const h1 = await page.locator('main h1').textContent();
      // The one mark a result may drop is the Persian ezafe (ـهٔ → ـه): src/search/unfold.ts
      // shows a word bare when the site writes it both ways, and the bare form is never wrong.
      const withoutEzafe = (text: string) => text.replaceAll('\u0654', '');
      expect(withoutEzafe(hit.title), hit.href).toBe(withoutEzafe(h1!.trim()));
      if (locale !== 'fa') expect(hit.title, hit.href).toBe(h1?.trim());
      // Hidden text counts: Pagefind indexes the glossary tooltips too.
      const texts = await page.locator('main').evaluate((main) => {
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        while (walker.nextNode()) found.push(walker.currentNode.textContent!);
        return found;
      });
      const pageWords = new Set(texts.flatMap((text) => text.split(/\s+/)).map(wordOf));
      const strangers = hit.excerpt
        .split(' ')
        .map(wordOf)
        .filter((word) => word && !pageWords.has(word));
      expect(strangers, hit.href).toEqual([]);
    }
  });
}

for (const locale of ['en', 'ar', 'fa'] as const) {
  test(`${locale}: results come ten at a time, and "Show more" moves focus to the first new one`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await searchFor(page, locale, '1');
    const fragments = () => fetched.filter((path) => path.startsWith('/pagefind/fragment/')).length;
    const items = page.locator('.search-results > li');
    await expect(items).toHaveCount(10);
    // Only the pages shown are fetched.
    expect(fragments()).toBe(10);

    await page.locator('.search-more button').click();
    await expect(items).not.toHaveCount(10);
    const count = await items.count();
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThanOrEqual(20);
    expect(fragments()).toBe(count);
    await expect(items.nth(10).locator('a')).toBeFocused();
    const results = await new AxeBuilder({ page }).include('main').withTags(axeTags).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    const hrefs = await allHits(page);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    // The status counts every match, in the locale's digits.
    const digits = { en: /[0-9]+/, ar: /[٠-٩]+/, fa: /[۰-۹]+/ }[locale];
    const zero = { en: 0x30, ar: 0x660, fa: 0x6f0 }[locale];
    const status = (await page.locator('.search-status').textContent()) ?? '';
    const total = [...(digits.exec(status)?.[0] ?? '')].reduce((n, d) => n * 10 + d.charCodeAt(0) - zero, 0);
    expect(total).toBe(hrefs.length);
  });

  // Results arrive after the page has painted; they must not push what the reader already sees.
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ]) {
    test(`${locale}: results arriving at ${viewport.width} px wide shift nothing on screen`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // Count only what moves once the reader searches: the page's own font arriving on a
      // busy machine is a shift of another kind, and would make this test depend on timing.
      await page.goto(`/${locale}/search/`);
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => {
        const shifts: number[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift' });
      });
      await page.locator('#search-query').fill('CLV');
      await expect(page.locator('.search-results > li').first()).toBeVisible();
      await expect(page.locator('.search-status')).not.toHaveText(/…$/);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
    });
  }
}

test('a query with HTML in it is shown as text and never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    return dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await searchFor(page, 'en', hostile);
  // Kept as typed in the box, searched as words, and never turned into markup.
  await expect(page.locator('#search-query')).toHaveValue(hostile);
  await expect(page.locator('main img')).toHaveCount(0);
  for (const mark of await page.locator('.search-results p').evaluateAll((ps) => ps.map((p) => p.innerHTML))) {
    expect(mark.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z]/i);
  }
  expect(dialogs).toBe(0);
});

test('nothing about search loads until the reader searches', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/fa/lessons/two-ways-to-grow/', { waitUntil: 'networkidle' });
  await page.goto('/fa/search/', { waitUntil: 'networkidle' });
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

  await page.locator('#search-query').fill('مشتری');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  expect(fetched.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('the results page keeps what was typed and the kind chosen in its URL', async ({ page }) => {
  await page.goto('/en/search/');
  await page.locator('#search-query').fill('retention');
  await page.getByRole('radio', { name: 'Glossary terms' }).check();
  await expect(page).toHaveURL(/\/en\/search\/\?q=retention&kind=term$/);
  for (const link of await page.locator('.search-results > li > a').all()) {
    await expect(link).toHaveAttribute('href', /^\/en\/glossary\//);
  }
});

const dialogQueries = { en: 'CLV', ar: 'CLV', fa: 'وفاداري' } as const;
const dialogFinds = { en: '/en/glossary/clv/', ar: '/ar/glossary/clv/', fa: '/fa/glossary/customer-loyalty/' } as const;

for (const locale of ['en', 'ar', 'fa'] as const) {
  test.describe(`${locale}: the header search dialog`, () => {
    test('loads nothing until opened; "/" opens it and results come as the reader types', async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`/${locale}/lessons/two-ways-to-grow/`, { waitUntil: 'networkidle' });
      expect(fetched.filter((path) => path.startsWith('/pagefind/') || /Search\.[\w-]+\.js$/.test(path))).toEqual([]);

      await page.keyboard.press('/');
      const dialog = page.locator('#search-dialog');
      await expect(dialog).toBeVisible();
      const box = dialog.locator('#search-dialog-query');
      await expect(box).toBeFocused();
      await box.pressSequentially(dialogQueries[locale]);
      await expect(dialog.locator('.search-results > li > a').first()).toHaveAttribute('href', dialogFinds[locale]);
      // The page behind keeps its own URL: only the results page writes the query there.
      expect(new URL(page.url()).search).toBe('');

      const results = await new AxeBuilder({ page }).include('#search-dialog').withTags(axeTags).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });

    test('keeps focus inside while open, closes on Escape and gives focus back', async ({ page }) => {
      await page.goto(`/${locale}/glossary/`);
      const opener = page.locator('.header-search');
      await opener.click();
      const dialog = page.locator('#search-dialog');
      await expect(dialog).toBeVisible();
      await page.locator('#search-dialog-query').fill(dialogQueries[locale]);
      await expect(dialog.locator('.search-results > li').first()).toBeVisible();
      const focusInDialog = () => page.evaluate(() => document.querySelector('#search-dialog')!.contains(document.activeElement));
      for (const key of [...Array(25).fill('Tab'), ...Array(25).fill('Shift+Tab')]) {
        await page.keyboard.press(key);
        expect(await focusInDialog(), `after ${key}`).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
    });

    test('Enter goes to the results page, which can be shared', async ({ page }) => {
      await page.goto(`/${locale}/calculators/`);
      await page.keyboard.press('/');
      const box = page.locator('#search-dialog-query');
      await expect(box).toBeFocused();
      await box.fill('CLV');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=CLV$`));
      await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', `/${locale}/glossary/clv/`);
    });
  });
}

test('without JavaScript the search link opens the results page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fa/');
  await page.locator('.header-search').click();
  await expect(page).toHaveURL(/\/fa\/search\/$/);
  await context.close();
});
