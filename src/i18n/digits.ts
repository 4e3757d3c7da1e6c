import { localeCodes, locales, type Locale } from './locales';

/**
 * The digit sets the site reads and writes: ASCII and each locale's own, as its Intl tag's
 * numbering system writes them. `Number('٣')` is NaN, so every place that reads a number
 * a reader typed goes through `toLatinDigits` first.
 */
export function digitsOf(locale: Locale): string {
  const format = new Intl.NumberFormat(locales[locale].intl, { useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => format.format(digit)).join('');
}

const ownDigits = new Map(localeCodes.map((code) => [code, digitsOf(code)]));
const digitValues = new Map<string, number>();
for (const digits of ['0123456789', ...ownDigits.values()]) {
  [...digits].forEach((digit, value) => digitValues.set(digit, value));
}

/** Any digit of any set the site knows. */
const anyDigit = new RegExp(`[${[...digitValues.keys()].join('')}]`, 'g');

/** Replaces the digits of every locale's set with ASCII ones, leaving everything else. */
export function toLatinDigits(text: string): string {
  return text.replace(anyDigit, (digit) => String(digitValues.get(digit)));
}

/** Writes every digit, whatever its set, in the locale's own (60, ٦٠ and ۶۰ alike). */
export function toLocaleDigits(text: string, locale: Locale): string {
  const own = ownDigits.get(locale)!;
  return text.replace(anyDigit, (digit) => own[digitValues.get(digit)!]!);
}
