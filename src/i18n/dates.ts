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
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
