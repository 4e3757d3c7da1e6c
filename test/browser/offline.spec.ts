import { test, expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticSite } from './static-server';
import { builtHtml, watchPage } from './site';
import { resultCells } from './results';
import type { UiStrings } from '../../src/i18n';

// The built site served as a static host serves it, on a port of its own: the update test
// below swaps the build it serves, which must not disturb the other tests' preview server.
let site: StaticSite;
test.beforeAll(async () => {
  site = await serveStatic('dist');
});
test.afterAll(async () => {
  await site.close();
});

const locales = ['en', 'ar', 'fa'] as const;
type Locale = (typeof locales)[number];
const ui = (locale: Locale) => JSON.parse(readFileSync(`src/i18n/ui/${locale}.json`, 'utf8')) as UiStrings;
const h1Of = (path: string, root = 'dist') =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(builtHtml(path, root))![1]!
    .replace(/<[^>]+>/g, '')
    .trim();

/** Opens a page and waits until the service worker controls it, so what it opens next is kept. */
async function underWorker(page: Page, path: string) {
  await page.goto(site.origin + path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
}

/** Saves a language's course from its home page, through the control a reader uses. */
async function saveCourse(page: Page, locale: Locale) {
  const strings = ui(locale);
  await underWorker(page, `/${locale}/`);
  await page.getByRole('button', { name: strings['offline.save.button'] }).click();
  // The size is said before anything is downloaded, in the language's digits.
  const digits = { en: /[0-9]/, ar: /[٠-٩]/, fa: /[۰-۹]/ }[locale];
  await expect(page.locator('.save-size')).toHaveText(digits);
  await page.getByRole('button', { name: strings['offline.save.confirm'] }).click();
  await expect(page.locator('.save-status')).toContainText(strings['offline.save.done'], { timeout: 60_000 });
}

for (const locale of locales) {
  test(`${locale}: saved, the course works offline: a lesson, a calculator from a shared link, a glossary term and search`, async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const problems = watchPage(page, site.origin);
    await saveCourse(page, locale);
    await context.setOffline(true);

    // None of these was opened before going offline.
    const lesson = `/${locale}/lessons/two-ways-to-grow/`;
    await page.goto(site.origin + lesson);
    await expect(page.locator('h1')).toHaveText(h1Of(lesson));

    await page.goto(`${site.origin}/${locale}/calculators/cost/?customers=100&retain=20&multiple=5`);
    await expect.poll(() => resultCells(page)).toEqual([['2,000.00'], ['10,000.00'], ['8,000.00'], ['100.00']]);

    await page.goto(`${site.origin}/${locale}/glossary/clv/`);
    await expect(page.locator('h1')).toHaveText(h1Of(`/${locale}/glossary/clv/`));

    await page.goto(`${site.origin}/${locale}/search/?q=CLV`);
    await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', `/${locale}/glossary/clv/`);
    // Offline, a failed request is expected only for what was never saved: nothing here.
    expect(problems).toEqual([]);
  });

  test(`${locale}: offline, a page not saved shows the offline page, with links to the pages that are`, async ({ page, context }) => {
    const strings = ui(locale);
    await underWorker(page, `/${locale}/`);
    // Opened under the worker, so kept.
    await page.goto(`${site.origin}/${locale}/glossary/`);
    await context.setOffline(true);

    await page.goto(`${site.origin}/${locale}/lessons/two-ways-to-grow/`);
    await expect(page.locator('h1')).toHaveText(strings['offline.page.title']);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const saved = page.locator('.saved-pages a');
    await expect(saved).toHaveCount(1);
    await expect(saved).toHaveAttribute('href', `/${locale}/glossary/`);
    await expect(saved).toHaveText(h1Of(`/${locale}/glossary/`));
  });
}

test("ar: storage found full, while saving or by the browser's estimate beforehand, is said in the language", async ({ page }) => {
  const strings = ui('ar');
  // The browser runs out of space while saving.
  await page.addInitScript(() => {
    Cache.prototype.put = async () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await underWorker(page, '/ar/');
  await page.getByRole('button', { name: strings['offline.save.button'] }).click();
  await page.getByRole('button', { name: strings['offline.save.confirm'] }).click();
  await expect(page.locator('.save-status')).toHaveText(strings['offline.save.full']);

  // Too little space left, by the browser's own estimate: nothing is downloaded.
  await page.evaluate(() => {
    navigator.storage.estimate = async () => ({ quota: 1_000_000, usage: 900_000 });
    Cache.prototype.put = async () => undefined;
  });
  await page.getByRole('button', { name: strings['offline.save.button'] }).click();
  await page.getByRole('button', { name: strings['offline.save.confirm'] }).click();
  await expect(page.locator('.save-status')).toHaveText(strings['offline.save.full']);
  await expect(page.locator('.save-progress')).toHaveCount(0);
});

test('en: saved where the browser will not promise to keep it, the reader is told so', async ({ page }) => {
  const strings = ui('en');
  await page.addInitScript(() => {
    navigator.storage.persist = async () => false;
  });
  await saveCourse(page, 'en');
  await expect(page.locator('.save-status')).toHaveText(`${strings['offline.save.done']} ${strings['offline.save.refused']}`);
});

test('without service workers the site is as before: no save control, no update notice, no error', async ({ page }) => {
  // A browser with no service workers at all (an old one; Firefox's private windows).
  await page.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
  const problems = watchPage(page, site.origin);
  await page.goto(`${site.origin}/en/`);
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
  // Once its island has run, the save control is not there at all.
  await expect(page.locator('astro-island[component-url*="SaveCourse"]')).not.toHaveAttribute('ssr');
  await expect(page.locator('.save-course')).toHaveCount(0);
  await expect(page.locator('.update-notice')).toBeEmpty();
  await page.goto(`${site.origin}/en/calculators/cost/?customers=100&retain=20&multiple=5`);
  await expect.poll(() => resultCells(page)).toEqual([['2,000.00'], ['10,000.00'], ['8,000.00'], ['100.00']]);
  expect(problems).toEqual([]);
});

test('a browser that refuses to register the worker still shows every page without an error', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watchPage(page, site.origin);
  await page.goto(`${site.origin}/en/lessons/two-ways-to-grow/`);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1')).toHaveText(h1Of('/en/lessons/two-ways-to-grow/'));
  expect(problems).toEqual([]);
  await context.close();
});

test('a new deploy replaces the saved course after the reader reloads, and progress is kept', async ({ page, context }) => {
  test.setTimeout(120_000);
  const strings = ui('en');
  const lesson = '/en/lessons/two-ways-to-grow/';
  // The next build: one lesson changed, so the worker's version and the lists change with it.
  const next = mkdtempSync(join(tmpdir(), 'offline-next-'));
  try {
    cpSync('dist', next, { recursive: true });
    const version = (JSON.parse(readFileSync('dist/en/offline/course.json', 'utf8')) as { version: string }).version;
    const changed = `${h1Of(lesson)}, revised`;
    writeFileSync(join(next, lesson, 'index.html'), builtHtml(lesson).replace(/(<h1[^>]*>)[\s\S]*?(<\/h1>)/, `$1${changed}$2`));
    for (const file of ['sw.js', ...['en', 'ar', 'fa'].map((l) => `${l}/offline/course.json`)]) {
      writeFileSync(join(next, file), readFileSync(join(next, file), 'utf8').replaceAll(version, 'next0version'));
    }

    await saveCourse(page, 'en');
    await page.goto(site.origin + lesson);
    // It hydrates when seen; Astro drops an island's `ssr` attribute once it has taken over.
    await page.locator('.mark-done').scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island:has(.mark-done)')).not.toHaveAttribute('ssr');
    await page.getByRole('checkbox').check();
    await expect(page.locator('.mark-done [role=status]')).not.toBeEmpty();
    const progress = await page.evaluate(() => localStorage.getItem('keep-or-win:progress:v1'));
    expect(progress).toContain('two-ways-to-grow');

    site.serve(next);
    await page.goto(`${site.origin}/en/`);
    const reload = page.getByRole('button', { name: strings['offline.update.reload'] });
    await expect(page.locator('.update-notice')).toContainText(strings['offline.update.text'], { timeout: 60_000 });
    await reload.click();
    await page.waitForURL(`${site.origin}/en/`);
    await expect(page.locator('.update-notice')).toBeEmpty();
    expect(await page.evaluate(() => caches.keys())).toEqual(['course-next0version']);

    await context.setOffline(true);
    await page.goto(site.origin + lesson);
    await expect(page.locator('h1')).toHaveText(changed);
    expect(await page.evaluate(() => localStorage.getItem('keep-or-win:progress:v1'))).toBe(progress);
    await page.goto(`${site.origin}/en/`);
    await expect(page.locator('.course-progress progress')).toHaveAttribute('value', '1');
  } finally {
    site.serve('dist');
    rmSync(next, { recursive: true, force: true });
  }
});

test('fa: asking the size and then cancelling saves nothing, and the page does not say saved', async ({ page }) => {
  const strings = ui('fa');
  await underWorker(page, '/fa/');
  await page.getByRole('button', { name: strings['offline.save.button'] }).click();
  await expect(page.locator('.save-size')).toBeVisible();
  await page.getByRole('button', { name: strings['offline.save.cancel'] }).click();
  await page.reload();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.getByRole('button', { name: strings['offline.save.button'] })).toBeEnabled();
  await expect(page.locator('.save-status')).toHaveText('');
  expect(await page.evaluate(async () => (await caches.match(new URL('offline/course.json', location.href).href)) !== undefined)).toBe(
    false,
  );
});
