import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { calculatorFields, calculatorIds, type CalculatorId } from '../../src/calculators/catalog';
import { fieldRange, type FieldSpec } from '../../src/calculators/fields';
import { axeViolations, withAxe } from './axe';

// How the calculators look and behave on a phone and a desktop, in every language and
// both colour schemes: the headline result stays in view while a field is edited, no
// value a field accepts pushes the page sideways, charts keep their text inside their box
// at a readable size and contrast, and axe finds nothing.

const locales = ['en', 'ar', 'fa'] as const;
const schemes = ['light', 'dark'] as const;

/** A scenario as a query string: every field at the largest value it accepts, or at the smallest where it divides. */
function extreme(id: CalculatorId, divisors: 'largest' | 'smallest'): string {
  const fields: Record<string, FieldSpec> = calculatorFields[id];
  const params = new URLSearchParams();
  for (const [name, spec] of Object.entries(fields)) {
    const { min, max } = fieldRange(spec);
    params.set(name, String(spec.nonZero && divisors === 'smallest' ? min : max));
  }
  // String(1e-6) is '0.000001' and String(1e12) '1000000000000': plain digits, as a reader types them.
  return params.toString();
}

/** Waits until the calculator has hydrated: its island no longer carries the server's markup flag. */
async function hydrated(page: Page) {
  await page.locator('.calculator').first().scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]:has(.calculator)')).toHaveCount(0);
}

/** Parts of the calculator that reach past the screen's sides: none may. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const element of document.querySelectorAll('.calculator *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5)
        out.push(`${element.tagName}.${element.className}: ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    return out;
  });
}

for (const locale of locales) {
  for (const scheme of schemes) {
    test.describe(`${locale}, ${scheme}: calculators on a phone`, () => {
      test.use({ viewport: { width: 390, height: 844 }, colorScheme: scheme, hasTouch: true, isMobile: true });

      test('the headline result is on screen while any field is being edited', async ({ page }) => {
        for (const id of calculatorIds) {
          await page.goto(`/${locale}/calculators/${id}/`);
          await hydrated(page);
          const headline = page.locator('.headline-figure');
          const figure = (await headline.innerText()).trim();
          const fields = page.locator('.calculator-inputs input');
          for (let i = 0; i < (await fields.count()); i++) {
            const field = fields.nth(i);
            await field.focus();
            await field.press('End');
            const onScreen = async () => {
              const lead = await headline.boundingBox();
              if (lead && lead.y >= 0 && lead.y + lead.height <= 844) return 'headline';
              const bar = page.locator('.calculator-sticky');
              const box = (await bar.isVisible()) ? await bar.boundingBox() : null;
              if (!box || box.y < 0 || box.y + box.height > 844.5) return 'neither';
              const shown = (await bar.locator('.sticky-figure').innerText()).trim();
              // The bar repeats the headline and covers no part of the field.
              const own = (await field.boundingBox())!;
              return shown === figure && own.y + own.height <= box.y
                ? 'bar'
                : `bar shows ${shown}, over the field: ${own.y + own.height} > ${box.y}`;
            };
            await expect.poll(onScreen, `${id}, field ${i + 1}`).toMatch(/^(headline|bar)$/);
          }
        }
      });

      test('the bar repeats the headline only while it is off screen, and is hidden from assistive technology', async ({ page }) => {
        await page.goto(`/${locale}/calculators/roi/`);
        await hydrated(page);
        const bar = page.locator('.calculator-sticky');
        await expect(bar).toHaveAttribute('aria-hidden', 'true');
        await page.locator('#roi-ret_cost').focus();
        await expect(bar).toBeVisible();
        await page.locator('.calculator-headline').scrollIntoViewIfNeeded();
        await expect(bar).toBeHidden();
        // One live region, the headline, so a change is announced once.
        await expect(page.locator('.calculator [aria-live]')).toHaveCount(1);
        await expect(page.locator('.calculator-headline')).toHaveAttribute('aria-live', 'polite');
      });

      test('sharing is a small labelled button after the results, far quieter than the headline', async ({ page }) => {
        const label = (JSON.parse(readFileSync(`src/i18n/ui/${locale}.json`, 'utf8')) as Record<string, string>)['calc.copyLink']!;
        await page.goto(`/${locale}/calculators/cost/`);
        await hydrated(page);
        const share = page.getByRole('button', { name: label, exact: true });
        const style = await share.evaluate((button) => {
          const own = getComputedStyle(button);
          const headline = getComputedStyle(document.querySelector('.headline-figure')!);
          return { background: own.backgroundColor, size: parseFloat(own.fontSize), headline: parseFloat(headline.fontSize) };
        });
        // Not a filled button: the page's own background shows through.
        expect(style.background).toBe('rgba(0, 0, 0, 0)');
        expect(style.size * 1.75).toBeLessThan(style.headline);
        // After everything else in the results, not above them.
        const last = await page
          .locator('.calculator-results > *')
          .last()
          .evaluate((element) => element.className);
        expect(last).toBe('calculator-share');
      });

      test('axe finds nothing, with the bar showing', async ({ page, context }) => {
        await withAxe(context);
        for (const id of calculatorIds) {
          await page.goto(`/${locale}/calculators/${id}/`);
          await hydrated(page);
          await page.locator('.calculator-inputs input').first().focus();
          expect(await axeViolations(page), id).toEqual([]);
        }
      });
    });

    test.describe(`${locale}, ${scheme}: calculators at 320 px with the largest values`, () => {
      test.use({ viewport: { width: 320, height: 700 }, colorScheme: scheme });

      test('nothing scrolls sideways, and abbreviated figures open to their full value inside the card', async ({ page }) => {
        for (const id of calculatorIds) {
          for (const divisors of ['largest', 'smallest'] as const) {
            await page.goto(`/${locale}/calculators/${id}/?${extreme(id, divisors)}`);
            await hydrated(page);
            const where = `${id}, divisors at their ${divisors}`;
            // The link's values have arrived (the first field shows 10^12 or 100).
            await expect(page.locator('.calculator-inputs input').first(), where).not.toHaveValue(/^$/);
            await expect.poll(() => overflowing(page), where).toEqual([]);
            const more = page.locator('.calculator-results details.figure-more');
            for (let i = 0; i < (await more.count()); i++) await more.nth(i).locator('summary').click();
            expect(await overflowing(page), `${where}, opened`).toEqual([]);
          }
        }
      });
    });
  }
}

test.describe('abbreviated figures', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const locale of locales) {
    test(`${locale}: a huge result shows in the locale's compact words, and its full value on demand`, async ({ page }) => {
      // 10^12 customers at 10^12 each: 10^24 to keep them, beyond compact notation's trillions.
      await page.goto(`/${locale}/calculators/clv/?order=1000000000&frequency=10&years=1&margin=100`);
      await hydrated(page);
      const cell = page.locator('.calculator-results dd').first();
      // 10^9 × 10 × 1 × 100% = 10^10: "10B", "١٠ مليار", "۱۰ میلیارد".
      const compact = { en: '10B', ar: '١٠\u00A0مليار', fa: '۱۰\u00A0میلیارد' }[locale];
      const full = { en: '10,000,000,000.00', ar: '١٠٬٠٠٠٬٠٠٠٬٠٠٠٫٠٠', fa: '۱۰٬۰۰۰٬۰۰۰٬۰۰۰٫۰۰' }[locale];
      await expect(cell.locator('summary')).toHaveText(compact);
      await expect(cell.locator('summary bdi')).toHaveAttribute('title', full);
      await expect(cell.locator('.figure-full')).toBeHidden();
      await cell.locator('summary').press('Enter');
      await expect(cell.locator('.figure-full')).toHaveText(full);
      await expect(cell.locator('.figure-full')).toBeVisible();
    });
  }
});

test.describe('number fields', () => {
  for (const locale of locales) {
    test(`${locale}: typed digits are shown back in the locale's own on leaving the field, the value unchanged`, async ({ page }) => {
      await page.goto(`/${locale}/calculators/cost/?customers=100&retain=20&multiple=5`);
      await hydrated(page);
      const field = page.locator('#cost-customers');
      await expect(field).toHaveValue({ en: '100', ar: '١٠٠', fa: '۱۰۰' }[locale]);
      // Latin, Persian and Arabic-Indic digits in one number, with a Latin decimal point.
      await field.fill('1۲٣.5');
      await field.blur();
      await expect(field).toHaveValue({ en: '123.5', ar: '١٢٣.٥', fa: '۱۲۳.۵' }[locale]);
      await expect(page).toHaveURL(/customers=123\.5(&|$)/);
      // Text that is no number keeps its characters and its message.
      await field.fill('12a');
      await field.blur();
      await expect(field).toHaveValue({ en: '12a', ar: '١٢a', fa: '۱۲a' }[locale]);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    });

    test(`${locale}: number fields read left to right and line up with their labels`, async ({ page }) => {
      await page.goto(`/${locale}/calculators/roi/`);
      const field = page.locator('#roi-ret_cost');
      await expect(field).toHaveAttribute('dir', 'ltr');
      const align = await field.evaluate((input) => getComputedStyle(input).textAlign);
      expect(align).toBe(locale === 'en' ? 'start' : 'right');
      // The label's start and the field's text start on the same side: right in RTL.
      const label = (await page.locator('label[for="roi-ret_cost"]').boundingBox())!;
      const box = (await field.boundingBox())!;
      if (locale === 'en') expect(Math.abs(label.x - box.x)).toBeLessThan(2);
      else expect(Math.abs(label.x + label.width - (box.x + box.width))).toBeLessThan(2);
    });
  }
});

/** Every text of every chart: where it is, its size, and its contrast with what is behind it. */
async function chartTexts(page: Page) {
  return page.evaluate(() => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const background = (element: Element | null): string => {
      for (let at = element; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor;
        if (rgb(colour)[3] !== 0 && colour !== 'transparent') return colour;
      }
      return getComputedStyle(document.body).backgroundColor;
    };
    return [...document.querySelectorAll('.chart')].flatMap((chart, index) => {
      const box = chart.getBoundingClientRect();
      return [...chart.querySelectorAll('.chart-text')].map((text) => {
        const own = text.getBoundingClientRect();
        // An SVG text's box is its glyphs'; it must also stay inside its own SVG.
        const svg = text.closest('svg')?.getBoundingClientRect();
        const inside = (outer: DOMRect) =>
          own.left >= outer.left - 0.5 && own.right <= outer.right + 0.5 && own.top >= outer.top - 0.5 && own.bottom <= outer.bottom + 0.5;
        const style = getComputedStyle(text);
        const colour = text instanceof SVGElement ? style.fill : style.color;
        const [a, b] = [luminance(rgb(colour)), luminance(rgb(background(text)))];
        return {
          where: `chart ${index + 1}: ${text.textContent}`,
          inside: inside(box) && (!svg || inside(svg)),
          size: parseFloat(style.fontSize),
          contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        };
      });
    });
  });
}

for (const locale of locales) {
  for (const scheme of schemes) {
    for (const width of [320, 1280]) {
      test(`${locale}, ${scheme}, ${width} px: chart text stays inside its chart, at body size and 4.5:1 contrast`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        // Naskh has a small x-height, so Arabic text is set larger.
        const smallest = locale === 'ar' ? 15 : 14;
        for (const id of calculatorIds) {
          await page.goto(`/${locale}/calculators/${id}/`);
          await hydrated(page);
          const texts = await chartTexts(page);
          expect(texts.length, id).toBeGreaterThan(0);
          for (const text of texts) {
            expect(text.inside, `${id}, ${text.where}: inside`).toBe(true);
            expect(text.size, `${id}, ${text.where}: size`).toBeGreaterThanOrEqual(smallest);
            expect(text.contrast, `${id}, ${text.where}: contrast`).toBeGreaterThanOrEqual(4.5);
          }
        }
      });
    }
  }
}
