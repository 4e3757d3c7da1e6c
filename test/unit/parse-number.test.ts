import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from '../../src/calculators/parse-number';
import { validateField } from '../../src/calculators/fields';

const value = (text: string) => {
  const result = parseNumber(text);
  return result.ok ? result.value : result.error;
};

describe('parseNumber', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,5', 1.5],
    ['2.75', 2.75],
    ['.5', 0.5],
    ['١٢٣٤', 1234],
    ['١٢٬٣٤٥٫٦', 12345.6],
    ['۱۲٬۳۴۵٫۶', 12345.6],
    ['۱۲۳۴٫۵', 1234.5],
    ['۱/۵', 1.5],
    ['٦٥٪', 65],
    ['65%', 65],
    ['  $1,200 ', 1200],
    ['€ 99.90', 99.9],
    ['۵۰۰ تومان', 500],
    ['١٠٠ ر.س', 100],
    ['SAR 250', 250],
    ['\u200F٣٠\u200E', 30],
    ['1\u00A0234', 1234],
    ['+7', 7],
    ['-12', -12],
    ['\u221212', -12],
    ['-0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([[''], ['   '], ['$'], ['٪']])('calls %j empty', (text) => {
    expect(value(text)).toBe('empty');
  });

  it.each([['abc'], ['12abc'], ['1..2'], ['1e5'], ['--3'], ['<script>'], ['Infinity'], ['NaN'], ['0x10']])(
    'refuses %j',
    (text) => {
      expect(value(text)).toBe('not-a-number');
    },
  );

  it('never throws, and returns a finite number or an error for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseNumber(text);
        return result.ok ? Number.isFinite(result.value) && !Object.is(result.value, -0) : typeof result.error === 'string';
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what Intl writes in every locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const number = whole + cents / 100;
        return ['en', 'ar-u-nu-arab', 'fa-u-nu-arabext'].every((tag) => {
          const text = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(number);
          const result = parseNumber(text);
          return result.ok && Math.abs(result.value - number) < 1e-9;
        });
      }),
    );
  });
});

describe('validateField', () => {
  it.each([
    [{ kind: 'count' } as const, '', 'empty'],
    [{ kind: 'count' } as const, 'ten', 'not-a-number'],
    [{ kind: 'money' } as const, '-5', 'negative'],
    [{ kind: 'percent' } as const, '120', 'over-100'],
    [{ kind: 'money' } as const, '2e12', 'not-a-number'],
    [{ kind: 'money' } as const, '2000000000000', 'too-large'],
    [{ kind: 'money', nonZero: true } as const, '0', 'zero'],
  ])('%o refuses %j: %s', (spec, text, error) => {
    expect(validateField(spec, text)).toEqual({ ok: false, error });
  });

  it('lets an optional field stay empty', () => {
    expect(validateField({ kind: 'money', optional: true }, '')).toEqual({ ok: true, value: undefined });
  });

  it('accepts a good value in any digits', () => {
    expect(validateField({ kind: 'percent' }, '۶۵')).toEqual({ ok: true, value: 65 });
  });
});
