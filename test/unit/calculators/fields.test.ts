import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fieldRange, MAX_VALUE, MIN_DIVISOR, validateField, type FieldSpec } from '../../../src/calculators/fields';

const count: FieldSpec = { kind: 'count' };
const money: FieldSpec = { kind: 'money' };
const percent: FieldSpec = { kind: 'percent' };
const divisor: FieldSpec = { kind: 'money', nonZero: true };

describe('validateField', () => {
  it.each([
    [count, '', 'empty'],
    [count, 'ten', 'not-a-number'],
    [money, '-5', 'negative'],
    [percent, '-0.5', 'negative'],
    [percent, '100.01', 'over-100'],
    [percent, '١٢٠٪', 'over-100'],
    [money, '1,000,000,000,001', 'too-large'],
    [money, '2e12', 'not-a-number'],
    [divisor, '0', 'zero'],
    [divisor, '۰٫۰۰۰۰۰۰۱', 'zero'],
  ] as const)('%o refuses %j: %s', (spec, text, error) => {
    expect(validateField(spec, text)).toEqual({ ok: false, error });
  });

  it.each([
    [percent, '۶۵', 65],
    [percent, '100', 100],
    [percent, '0', 0],
    [money, '1,000,000,000,000', MAX_VALUE],
    [divisor, '0.000001', MIN_DIVISOR],
    [count, '-0', 0],
  ] as const)('%o accepts %j as %d', (spec, text, value) => {
    expect(validateField(spec, text)).toEqual({ ok: true, value });
  });

  it('lets an optional field stay empty, and only an optional one', () => {
    expect(validateField({ kind: 'money', optional: true }, ' ')).toEqual({ ok: true, value: undefined });
    expect(validateField({ kind: 'money', optional: true }, 'x')).toEqual({ ok: false, error: 'not-a-number' });
  });

  it("accepts exactly the values in the field's range", () => {
    const specs = fc.constantFrom(count, money, percent, divisor, { kind: 'percent', nonZero: true } as const);
    fc.assert(
      fc.property(specs, fc.double({ min: -1e13, max: 1e13, noNaN: true }), (spec, value) => {
        // Written out in full, as a reader would type it.
        const text = value.toFixed(10);
        const { min, max } = fieldRange(spec);
        const written = Number(text);
        return validateField(spec, text).ok === (written >= min && written <= max);
      }),
    );
  });
});
