import { describe, it, expect } from 'vitest';
import { fill, fillPlural, type PluralTemplates } from '../../src/i18n/island-strings';

// Islands fill their own templates (no i18next in the browser): i18next's `{{name}}` and
// `{{name, number}}`, and the plural form each language's own rules pick.

describe('fill', () => {
  it('puts values in by name, with or without spaces in the braces', () => {
    expect(fill('en', '{{a}} and {{ b }}', { a: 'x', b: 'y' })).toBe('x and y');
  });

  it("writes a number asked for as one in the locale's digits and grouping", () => {
    expect(fill('en', '{{n, number}} readers', { n: 12500 })).toBe('12,500 readers');
    expect(fill('ar', '{{n, number}}', { n: 12500 })).toBe('١٢٬٥٠٠');
    expect(fill('fa', '{{ n , number }}', { n: 12500.5 })).toBe('۱۲٬۵۰۰٫۵');
  });

  it('writes a number not asked for as one, and a string asked for as a number, as given', () => {
    expect(fill('fa', 'درس {{n}}', { n: 3 })).toBe('درس 3');
    expect(fill('fa', '{{n, number}}', { n: '3' })).toBe('3');
  });

  it('leaves nothing of a placeholder without a value, and everything else as written', () => {
    expect(fill('en', 'a{{missing}}b {{other, number}}c', {})).toBe('ab c');
    expect(fill('en', '{single} {{}} <b>', {})).toBe('{single} {{}} <b>');
  });
});

describe('fillPlural', () => {
  const arabic: PluralTemplates = {
    zero: 'لا دروس',
    one: 'درس واحد',
    two: 'درسان',
    few: '{{count, number}} دروس',
    many: '{{count, number}} درسًا',
    other: '{{count, number}} درس',
  };

  it.each([
    [0, 'لا دروس'],
    [1, 'درس واحد'],
    [2, 'درسان'],
    [3, '٣ دروس'],
    [10, '١٠ دروس'],
    [11, '١١ درسًا'],
    [99, '٩٩ درسًا'],
    [100, '١٠٠ درس'],
    [102, '١٠٢ درس'],
  ])('picks the Arabic form for %i', (count, expected) => {
    expect(fillPlural('ar', arabic, count)).toBe(expected);
  });

  it('picks one and other in English and Persian', () => {
    const english = { one: '{{count, number}} lesson', other: '{{count, number}} lessons' };
    expect(fillPlural('en', english, 1)).toBe('1 lesson');
    expect(fillPlural('en', english, 1000)).toBe('1,000 lessons');
    const persian = { one: '{{count, number}} درس', other: '{{count, number}} درس‌ها' };
    expect(fillPlural('fa', persian, 1)).toBe('۱ درس');
    expect(fillPlural('fa', persian, 12)).toBe('۱۲ درس‌ها');
  });

  it('falls back to other for a form the templates lack, and takes further values', () => {
    expect(fillPlural('ar', { other: '{{count, number}} من {{total, number}}' }, 2, { total: 10 })).toBe('٢ من ١٠');
  });
});
