import { describe, it, expect } from 'vitest';
import { formatDate } from '../../src/i18n/dates';

// Expected values written from the calendars, not from the code: 29 November 2026 is
// 8 Azar 1405 in the Persian solar hijri calendar.
describe('formatDate', () => {
  it('writes English dates in the Gregorian calendar with Latin digits', () => {
    expect(formatDate('en', '2026-11-29')).toBe('November 29, 2026');
  });

  it('writes Arabic dates with Arabic-Indic digits', () => {
    const text = formatDate('ar', '2026-11-29');
    expect(text).toContain('٢٩');
    expect(text).toContain('نوفمبر');
    expect(text).toContain('٢٠٢٦');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('writes Persian dates in the solar hijri calendar with Persian digits', () => {
    const text = formatDate('fa', '2026-11-29');
    expect(text).toContain('۸');
    expect(text).toContain('آذر');
    expect(text).toContain('۱۴۰۵');
    expect(text).not.toMatch(/[0-9٠-٩]/);
  });

  it('keeps the day whatever the time zone: 1 January stays 1 January', () => {
    expect(formatDate('en', '2027-01-01')).toBe('January 1, 2027');
    // Nowruz: 21 March 2026 is 1 Farvardin 1405.
    expect(formatDate('fa', '2026-03-21')).toContain('فروردین');
  });
});
