import { locales, type Locale } from './locales';

/**
 * A calendar date (`2026-11-29`) as a reader of `locale` writes it: in the locale's
 * calendar and digits ("29 November 2026", «٢٩ نوفمبر ٢٠٢٦», «۸ آذر ۱۴۰۵»). The date
 * is a day, not an instant, so it is read and shown in UTC and never shifts by a day
 * with the reader's time zone.
 */
export function formatDate(locale: Locale, isoDate: string): string {
  const { intl, calendar } = locales[locale];
  const tag = new Intl.Locale(intl, { calendar }).toString();
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(dayOf(isoDate));
}

/** The day a `YYYY-MM-DD` date names, at midnight UTC; a typo fails the build rather than show. */
function dayOf(isoDate: string): Date {
  const day = new Date(`${isoDate}T00:00:00Z`);
  // Date reads 2022-02-30 as 2 March: only a date that reads back the same is one.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  }
  return day;
}
