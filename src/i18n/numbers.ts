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

/** Currencies a reader can pick for results; none (plain numbers) is the default. */
export const currencies = ['USD', 'EUR', 'SAR', 'AED', 'EGP', 'IRR'] as const;
export type Currency = (typeof currencies)[number];

/** An amount of money in the locale's digits, with the currency's sign when one is chosen. */
export function formatMoney(locale: Locale, value: number, currency?: Currency): string {
  return formatNumber(locale, value, currency ? { style: 'currency', currency, maximumFractionDigits: 2 } : { maximumFractionDigits: 2 });
}

/** A ratio as a percentage (0.3 → 30%), in the locale's digits and percent sign. */
export function formatPercent(locale: Locale, ratio: number, options: Intl.NumberFormatOptions = {}): string {
  return formatNumber(locale, ratio, { style: 'percent', maximumFractionDigits: 1, ...options });
}
