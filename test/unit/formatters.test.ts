import { describe, it, expect } from 'vitest';
import { DASH, composeFigure, formatters } from '../../src/islands/calculator/format';
import { directionOf, formatFigure, isolate, type FigureKind } from '../../src/i18n/numbers';

// The number policy (src/i18n/numbers.ts), written out by hand from its table: money 2
// decimals, percent and change 1 (change signed), ratio 2, expected counts 1, counts 0;
// the locale's digits and separators (ar ٫ ٬, fa ٫ ٬); signs and percent signs where
// CLDR puts them for the locale, bidi marks included: ar wraps a percentage and a signed
// number in ALM (U+061C), fa starts a signed one with LRM (U+200E) and writes minus as U+2212.

const ALM = '\u061C';
const LRM = '\u200E';
const RLM = '\u200F';

const policy: [FigureKind, number, { en: string; ar: string; fa: string }][] = [
  ['money', 1500, { en: '1,500.00', ar: '١٬٥٠٠٫٠٠', fa: '۱٬۵۰۰٫۰۰' }],
  ['money', 0.125, { en: '0.13', ar: '٠٫١٣', fa: '۰٫۱۳' }],
  ['money', -750, { en: '-750.00', ar: `${ALM}-٧٥٠٫٠٠`, fa: `${LRM}−۷۵۰٫۰۰` }],
  ['percent', 0.8, { en: '80.0%', ar: `٨٠٫٠٪${ALM}`, fa: '۸۰٫۰٪' }],
  ['change', 0.157, { en: '+15.7%', ar: `${ALM}+١٥٫٧٪${ALM}`, fa: `${LRM}+۱۵٫۷٪` }],
  ['change', -0.75, { en: '-75.0%', ar: `${ALM}-٧٥٫٠٪${ALM}`, fa: `${LRM}−۷۵٫۰٪` }],
  ['change', 0, { en: '0.0%', ar: `٠٫٠٪${ALM}`, fa: '۰٫۰٪' }],
  ['ratio', 3.744, { en: '3.74', ar: '٣٫٧٤', fa: '۳٫۷۴' }],
  ['ratio', 5, { en: '5.00', ar: '٥٫٠٠', fa: '۵٫۰۰' }],
  ['expected', 12.5, { en: '12.5', ar: '١٢٫٥', fa: '۱۲٫۵' }],
  ['expected', 65, { en: '65.0', ar: '٦٥٫٠', fa: '۶۵٫۰' }],
  ['count', 42.6, { en: '43', ar: '٤٣', fa: '۴۳' }],
  ['count', 999999, { en: '999,999', ar: '٩٩٩٬٩٩٩', fa: '۹۹۹٬۹۹۹' }],
];

describe('the number policy', () => {
  for (const locale of ['en', 'ar', 'fa'] as const) {
    it.each(policy)(`${locale}: %s %d`, (kind, value, expected) => {
      expect(formatFigure(locale, kind, value)).toEqual({ text: expected[locale] });
    });
  }

  it('-0 is 0', () => {
    expect(formatFigure('en', 'money', -0).text).toBe('0.00');
  });

  it("money in a chosen currency has that currency's minor units", () => {
    expect(formatFigure('en', 'money', 1234.5, 'USD').text).toBe('$1,234.50');
    // The Iranian rial has no minor unit in use.
    expect(formatFigure('en', 'money', 1234.5, 'IRR').text).toBe('IRR\u00A01,235');
    expect(formatFigure('ar', 'money', 1234.5, 'SAR').text).toBe(`${RLM}١٬٢٣٤٫٥٠\u00A0ر.س.${RLM}`);
  });
});

describe('compact notation for large figures', () => {
  it('keeps every figure under a million whole', () => {
    expect(formatFigure('en', 'money', 999999.99)).toEqual({ text: '999,999.99' });
  });

  it("abbreviates from a million in the locale's words and digits, with the full value beside", () => {
    expect(formatFigure('en', 'money', 12345678901)).toEqual({ text: '12.3B', full: '12,345,678,901.00' });
    expect(formatFigure('ar', 'money', 12345678901)).toEqual({ text: '١٢٫٣\u00A0مليار', full: '١٢٬٣٤٥٬٦٧٨٬٩٠١٫٠٠' });
    expect(formatFigure('fa', 'money', 12345678901)).toEqual({ text: '۱۲٫۳\u00A0میلیارد', full: '۱۲٬۳۴۵٬۶۷۸٬۹۰۱٫۰۰' });
    expect(formatFigure('fa', 'count', 1500000)).toEqual({ text: '۱٫۵\u00A0میلیون', full: '۱٬۵۰۰٬۰۰۰' });
    expect(formatFigure('en', 'money', -2500000, 'USD')).toEqual({ text: '-$2.5M', full: '-$2,500,000.00' });
  });

  it('measures a percentage by what it shows: 10,000 times is 1,000,000%', () => {
    expect(formatFigure('en', 'change', 9999)).toEqual({ text: '+999,900.0%' });
    expect(formatFigure('en', 'change', 10000)).toEqual({ text: '+1M%', full: '+1,000,000.0%' });
  });

  it('switches to scientific notation where compact notation would grow digits again', () => {
    expect(formatFigure('en', 'money', 999e12).text).toBe('999T');
    expect(formatFigure('en', 'money', 1e15).text).toBe('1E15');
    // The largest a calculator can show: products of three fields of up to 10^12.
    expect(formatFigure('en', 'money', 1e36)).toEqual({ text: '1E36', full: `1${',000'.repeat(12)}.00` });
    expect(formatFigure('fa', 'money', 1.5e20).text).toBe('۱٫۵×۱۰^۲۰');
  });
});

describe('direction of a figure', () => {
  it('follows the first strong character Intl wrote', () => {
    expect(directionOf('1,500.00')).toBe('ltr');
    expect(directionOf('۸۰٫۰٪')).toBe('ltr'); // digits alone
    expect(directionOf(`${LRM}+۱۵٫۷٪`)).toBe('ltr');
    expect(directionOf(`${ALM}+١٥٫٧٪${ALM}`)).toBe('rtl');
    expect(directionOf('۱۲٫۳ میلیارد')).toBe('rtl');
    expect(directionOf('$12.3B')).toBe('ltr');
  });

  it('isolates a figure for a sentence in that direction', () => {
    expect(isolate('+15.7%')).toBe('\u2066+15.7%\u2069');
    expect(isolate(`${ALM}+١٥٫٧٪${ALM}`)).toBe(`\u2067${ALM}+١٥٫٧٪${ALM}\u2069`);
  });
});

describe('calculator formatters', () => {
  it.each([null, undefined, Number.NaN, Infinity, -Infinity])('dash %s in every format', (value) => {
    const f = formatters('fa', 'USD');
    expect(f.figure('money', value)).toEqual({ text: DASH });
    expect([f.money(value), f.percent(value), f.change(value), f.ratio(value)]).toEqual(Array(4).fill(`\u2066${DASH}\u2069`));
  });

  it('give sentences isolated figures in the policy', () => {
    const f = formatters('en', 'USD');
    expect(f.money(1234.5)).toBe('\u2066$1,234.50\u2069');
    expect(f.change(0.4)).toBe('\u2066+40.0%\u2069');
    expect(formatters('fa').expected(12.5)).toBe('\u2066۱۲٫۵\u2069');
  });

  it('compose a figure abbreviated if any part is, and then in full', () => {
    const f = formatters('en');
    const range = (low: number, high: number) => composeFigure([f.figure('count', low), f.figure('count', high)], (a, b) => `${a} to ${b}`);
    expect(range(60, 70)).toEqual({ text: '60 to 70' });
    expect(range(60, 7e6)).toEqual({ text: '60 to 7M', full: '60 to 7,000,000' });
  });
});
