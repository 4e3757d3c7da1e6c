import { describe, it, expect, afterEach } from 'vitest';
import { formatDate } from '../../src/i18n/dates';

// Expected values worked out by hand from the calendars, not taken from the code. The
// solar hijri year starts at Nowruz, 21 March in these years (1398, 1401 and 1405), and
// its first six months have 31 days, the next five 30:
// - 28 May 2019 is day 69 of 1398: 31 Farvardin + 31 Ordibehesht + 7 → 7 Khordad 1398.
// - 13 December 2022 is day 268 of 1401: 186 + 30 Mehr + 30 Aban + 22 → 22 Azar 1401.
// - 29 November 2026 is day 254 of 1405: 186 + 30 + 30 + 8 → 8 Azar 1405.
// - 21 March 2026 is 1 Farvardin 1405.
describe('formatDate', () => {
  it('writes English dates in the Gregorian calendar with Latin digits', () => {
    expect(formatDate('en', '2022-12-13')).toBe('December 13, 2022');
    expect(formatDate('en', '2019-05-28')).toBe('May 28, 2019');
    expect(formatDate('en', '2026-11-29')).toBe('November 29, 2026');
  });

  it('writes Arabic dates in the Gregorian calendar with Arabic-Indic digits', () => {
    expect(formatDate('ar', '2022-12-13')).toBe('١٣ ديسمبر ٢٠٢٢');
    expect(formatDate('ar', '2019-05-28')).toBe('٢٨ مايو ٢٠١٩');
    expect(formatDate('ar', '2026-11-29')).toBe('٢٩ نوفمبر ٢٠٢٦');
  });

  it('writes Persian dates in the solar hijri calendar with Persian digits', () => {
    expect(formatDate('fa', '2022-12-13')).toBe('۲۲ آذر ۱۴۰۱');
    expect(formatDate('fa', '2019-05-28')).toBe('۷ خرداد ۱۳۹۸');
    expect(formatDate('fa', '2026-11-29')).toBe('۸ آذر ۱۴۰۵');
    expect(formatDate('fa', '2026-03-21')).toBe('۱ فروردین ۱۴۰۵');
  });

  describe('in any time zone', () => {
    const zone = process.env['TZ'];
    afterEach(() => {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    });

    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tehran'])('keeps the day in %s', (timeZone) => {
      process.env['TZ'] = timeZone;
      expect(formatDate('en', '2027-01-01')).toBe('January 1, 2027');
      expect(formatDate('fa', '2026-03-21')).toBe('۱ فروردین ۱۴۰۵');
    });
  });

  it('refuses what is not a calendar date, instead of printing "Invalid Date"', () => {
    expect(() => formatDate('en', '13/12/2022')).toThrow(/13\/12\/2022/);
    expect(() => formatDate('en', '2022-02-30')).toThrow(/2022-02-30/);
  });
});
