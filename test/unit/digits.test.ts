import { describe, it, expect } from 'vitest';
import { digitsOf, toLatinDigits, toLocaleDigits } from '../../src/i18n/digits';

describe('digits', () => {
  it("are each locale's own, as its Intl tag asks", () => {
    expect(digitsOf('en')).toBe('0123456789');
    expect(digitsOf('ar')).toBe('٠١٢٣٤٥٦٧٨٩');
    expect(digitsOf('fa')).toBe('۰۱۲۳۴۵۶۷۸۹');
  });

  it('convert between every set', () => {
    expect(toLatinDigits('۱۲۳٤٥٦ and ٧٨٩0')).toBe('123456 and 7890');
    expect(toLocaleDigits('60 ٦٠ ۶۰ 1.5', 'fa')).toBe('۶۰ ۶۰ ۶۰ ۱.۵');
    expect(toLocaleDigits('60 ٦٠ ۶۰', 'ar')).toBe('٦٠ ٦٠ ٦٠');
    expect(toLocaleDigits('60 ٦٠ ۶۰', 'en')).toBe('60 60 60');
  });
});
