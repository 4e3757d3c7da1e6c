import { locales, type Locale } from './locales';

/**
 * Formats a number in the locale's own digits and grouping. The locale table names the
 * numbering system explicitly, so server (build) and browser agree whatever their ICU.
 */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  // -0 would print as "-0" in some locales; a reader never means it.
  const normalized = Object.is(value, -0) ? 0 : value;
  return new Intl.NumberFormat(locales[locale].intl, options).format(normalized);
}
