import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from '../../../src/calculators/parse-number';
import { currencies } from '../../../src/i18n/numbers';

const read = (text: string) => {
  const result = parseNumber(text);
  return result.ok ? result.value : result.error;
};

const tags = ['en', 'ar-u-nu-arab', 'fa-u-nu-arabext'];

describe('parseNumber reads', () => {
  it.each([
    // Plain digits in the three sets.
    ['1234', 1234],
    ['١٢٣٤', 1234],
    ['۱۲۳۴', 1234],
    ['٠٫٥', 0.5],
    // Latin separators, both conventions.
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234.567,89', 1234567.89],
    ['1,5', 1.5],
    ['0,125', 0.125],
    ['1234,5', 1234.5],
    ['2.75', 2.75],
    ['2.500', 2.5],
    ['.5', 0.5],
    ['5.', 5],
    // Arabic separators, and mixed with Latin ones.
    ['١٢٬٣٤٥٫٦', 12345.6],
    ['۱۲٬۳۴۵٫۶', 12345.6],
    ['١٢٬٣٤٥.٦', 12345.6],
    ['١٢٬٣٤٥,٦', 12345.6],
    ['1.234٫5', 1234.5],
    ['۱۲۳۴٫۵', 1234.5],
    // Persian slash as decimal point, between Persian or Arabic-Indic digits only.
    ['۱/۵', 1.5],
    ['٢/٢٥', 2.25],
    // Spaces: around the number, and grouping inside it (NBSP and narrow NBSP too).
    ['  42\t', 42],
    ['\u00A0\u202F42\u00A0', 42],
    ['1 234 567', 1234567],
    ['1\u00A0234', 1234],
    ['1\u202F234,5', 1234.5],
    // Percent signs.
    ['65%', 65],
    ['٦٥٪', 65],
    ['12.5 %', 12.5],
    // Currency signs and codes, before or after.
    ['$1,200', 1200],
    ['€ 99.90', 99.9],
    ['£7', 7],
    ['99 USD', 99],
    ['eur 5', 5],
    ['SAR 250', 250],
    ['AED 10', 10],
    ['EGP 3', 3],
    ['IRR 1000', 1000],
    ['۵۰۰ تومان', 500],
    ['۵۰۰ ریال', 500],
    ['ريال ۵۰', 50],
    ['٥٠٠ ﷼', 500],
    ['١٠٠ ر.س', 100],
    ['١٠٠ ر.س.', 100],
    ['٢٠ د.إ', 20],
    ['٣ ج.م.', 3],
    // Signs, and bidi marks around everything.
    ['+7', 7],
    ['-12', -12],
    ['\u221212', -12],
    ['-$5', -5],
    ['$-5', -5],
    ['USD -5', -5],
    ['\u200F٣٠\u200E', 30],
    ['\u2067٣٠\u2069', 30],
    ['\u061C-٥', -5],
    ['\u2066-3\u2069', -3],
    ['-0', 0],
  ])('%j as %d', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('-0 as 0, never -0', () => {
    expect(Object.is(read('-0'), 0)).toBe(true);
    expect(Object.is(read('\u2212٠٫٠'), 0)).toBe(true);
  });
});

describe('parseNumber calls empty', () => {
  it.each([[''], ['   '], ['\u00A0'], ['\u200F'], ['$'], ['٪'], ['-'], ['- €'], ['ر.س']])('%j', (text) => {
    expect(read(text)).toBe('empty');
  });
});

describe('parseNumber refuses', () => {
  it.each([
    ['abc'],
    ['12abc'],
    ['<script>alert(1)</script>'],
    ['1e5'],
    ['0x10'],
    ['Infinity'],
    ['NaN'],
    // Separators that cannot be read one way only.
    ['1..2'],
    ['1,2,3'],
    ['12,34.5'],
    ['1,2345,678'],
    ['1.234,567.8'],
    ['1 2 3'],
    ['1,234 567'],
    ['1٫2٫3'],
    ['.'],
    // A fraction, with Latin digits, is not a decimal.
    ['1/2'],
    // Signs and currencies only around the number, and one sign.
    ['--3'],
    ['+-3'],
    ['-$-5'],
    ['5-'],
    ['12$34'],
    ['5€5'],
    ['%50'],
    // A number too long to be one.
    ['9'.repeat(400)],
  ])('%j', (text) => {
    expect(read(text)).toBe('not-a-number');
  });
});

describe('parseNumber properties', () => {
  const isResult = (text: string) => {
    const result = parseNumber(text);
    return result.ok ? Number.isFinite(result.value) && !Object.is(result.value, -0) : ['empty', 'not-a-number'].includes(result.error);
  };

  it('never throws on any string, and gives a finite number or an error', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), isResult), { numRuns: 3000 });
  });

  it('never throws on strings built from what numbers are made of', () => {
    const pieces = fc.constantFrom(
      ...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٫٬/ \u00A0\u202F-+\u2212%٪$€\u200E\u200F\u061C\u2066\u2069e'.split(''),
      'USD',
      'ر.س.',
      'ریال',
      'تومان',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
        isResult,
      ),
      { numRuns: 5000 },
    );
  });

  it('reads digits in any set, with . or ٫, exactly as Number reads the Latin ones', () => {
    const digit = fc.integer({ min: 0, max: 9 });
    fc.assert(
      fc.property(
        fc.array(digit, { minLength: 1, maxLength: 12 }),
        fc.array(digit, { maxLength: 8 }),
        fc.constantFrom(0x30, 0x660, 0x6f0),
        fc.constantFrom('.', '٫'),
        (whole, fraction, zero, point) => {
          const inSet = (digits: number[]) => String.fromCharCode(...digits.map((d) => zero + d));
          const text = fraction.length > 0 ? `${inSet(whole)}${point}${inSet(fraction)}` : inSet(whole);
          return read(text) === Number(`${whole.join('')}.${fraction.join('') || '0'}`);
        },
      ),
    );
  });

  // A number with up to six decimals, written by Intl with grouping as each page shows it.
  const decimal = fc
    .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 999_999 }))
    .map(([whole, millionths]) => whole + (Math.sign(whole || 1) * millionths) / 1e6);
  const closeTo = (actual: number | string, expected: number) =>
    typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

  it('reads back what Intl writes in en, ar-u-nu-arab and fa-u-nu-arabext', () => {
    fc.assert(
      fc.property(decimal, (number) =>
        tags.every((tag) => closeTo(read(new Intl.NumberFormat(tag, { maximumFractionDigits: 6 }).format(number)), number)),
      ),
      { numRuns: 500 },
    );
  });

  it('reads back percentages and money as Intl writes them, in every currency the site offers', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(...currencies), (number, currency) =>
        tags.every((tag) => {
          const money = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 6 }).format(number);
          const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 6 }).format(number / 100);
          return closeTo(read(money), number) && closeTo(read(percent), number);
        }),
      ),
      { numRuns: 300 },
    );
  });
});
