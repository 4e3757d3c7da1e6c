import { describe, it, expect } from 'vitest';
import { DASH, formatters } from '../../src/islands/calculator/format';

// What a calculator shows for a result: the locale's digits, and a dash, never NaN,
// Infinity or undefined, when a result cannot be worked out.

describe('calculator formatters', () => {
  it.each([null, undefined, Number.NaN, Infinity, -Infinity])('dash %s in every format', (value) => {
    const f = formatters('fa', 'USD');
    expect([f.money(value), f.number(value), f.percent(value)]).toEqual([DASH, DASH, DASH]);
  });

  it("write money in the locale's digits, with the currency when one is chosen", () => {
    expect(formatters('en').money(10000)).toBe('10,000');
    expect(formatters('en', 'USD').money(1234.5)).toBe('$1,234.50');
    expect(formatters('ar').money(2000)).toBe('٢٬٠٠٠');
    expect(formatters('fa').money(0.125)).toBe('۰٫۱۳');
  });

  it('round numbers to two decimals unless told otherwise', () => {
    expect(formatters('en').number(351.4937)).toBe('351.49');
    expect(formatters('en').number(351.4937, 0)).toBe('351');
    expect(formatters('fa').number(15.7)).toBe('۱۵٫۷');
  });

  it('sign percentages except zero', () => {
    const f = formatters('en');
    expect([f.percent(0.4), f.percent(-0.75), f.percent(0), f.percent(-0)]).toEqual(['+40%', '-75%', '0%', '0%']);
    expect(formatters('ar').percent(0.4)).toMatch(/^\u061C?\+٤٠٪\u061C?$/);
    expect(formatters('fa').percent(0.157)).toMatch(/۱۵٫۷/);
  });
});
