import type { Locale } from '../../i18n/locales';
import { formatMoney, formatNumber, formatPercent, type Currency } from '../../i18n/numbers';

/** What a result shows when it cannot be worked out: never NaN, Infinity or undefined. */
export const DASH = '–';

/** Formatters bound to one locale and currency, dashing anything not finite. */
export function formatters(locale: Locale, currency?: Currency) {
  const safe = (value: number | null | undefined, format: (n: number) => string) =>
    value === null || value === undefined || !Number.isFinite(value) ? DASH : format(value);
  return {
    money: (value: number | null | undefined) => safe(value, (n) => formatMoney(locale, n, currency)),
    number: (value: number | null | undefined, digits = 2) =>
      safe(value, (n) => formatNumber(locale, n, { maximumFractionDigits: digits })),
    percent: (ratio: number | null | undefined) => safe(ratio, (n) => formatPercent(locale, n, { signDisplay: 'exceptZero' })),
  };
}
