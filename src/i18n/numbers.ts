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

/**
 * The site's one number policy: every figure a calculator shows is of one of these kinds,
 * and each kind always shows the same number of decimals, so figures side by side line up
 * and never show 2 places next to 1.
 *
 * | kind       | decimals | en         | ar              | fa              | used for                         |
 * |------------|----------|------------|-----------------|-----------------|----------------------------------|
 * | `money`    | 2 (1)    | 1,500.00   | ١٬٥٠٠٫٠٠        | ۱٬۵۰۰٫۰۰        | costs, profit, values            |
 * | `percent`  | 1        | 80.0%      | ٨٠٫٠٪           | ۸۰٫۰٪           | a level: retention, a rate       |
 * | `change`   | 1, signed| +30.0%     | +٣٠٫٠٪ (2)      | +۳۰٫۰٪          | ROI, an increase                 |
 * | `ratio`    | 2        | 3.74       | ٣٫٧٤            | ۳٫۷۴            | multiples, CLV ÷ CAC             |
 * | `expected` | 1        | 12.5       | ١٢٫٥            | ۱۲٫۵            | an expected count (offers × rate)|
 * | `count`    | 0        | 43         | ٤٣              | ۴۳              | whole things: offers, orders, years |
 *
 * (1) With a currency chosen, that currency's own minor units instead (IRR has none).
 * (2) The percent sign and the sign go where Intl puts them for the locale, marks
 * included; a figure is always shown inside one isolate (`isolate`, or `<bdi>` with
 * `directionOf`), so the text around it can never move them.
 *
 * From COMPACT_FROM up, a figure switches to the locale's compact notation with three
 * significant digits (12.3B, ١٢٫٣ مليار, ۱۲٫۳ میلیارد), and from SCIENTIFIC_FROM, where
 * compact notation runs out of words and grows digits again, to scientific notation;
 * the full value then comes with it (`Figure.full`).
 */
export type FigureKind = 'money' | 'percent' | 'change' | 'ratio' | 'expected' | 'count';

export const decimals: Record<FigureKind, number> = { money: 2, percent: 1, change: 1, ratio: 2, expected: 1, count: 0 };

/** From a million up, a figure no longer fits a phone's result card in full. */
export const COMPACT_FROM = 1e6;
/** Compact notation stops at trillions: 10^15 would be "1,000T". */
export const SCIENTIFIC_FROM = 1e15;

export interface Figure {
  /** What the reader sees. */
  text: string;
  /** The value in full when `text` is abbreviated, for the reader to open. */
  full?: string;
}

/** How a kind of figure is written, apart from its decimals. */
function kindStyle(kind: FigureKind, currency: Currency | undefined): Intl.NumberFormatOptions {
  if (kind === 'money' && currency) return { style: 'currency', currency };
  if (kind === 'percent') return { style: 'percent' };
  if (kind === 'change') return { style: 'percent', signDisplay: 'exceptZero' };
  return {};
}

/** One figure as the policy above writes it, abbreviated when it is too long to show. */
export function formatFigure(locale: Locale, kind: FigureKind, value: number, currency?: Currency): Figure {
  const style = kindStyle(kind, currency);
  // A currency brings its own minor units.
  const places = style.currency ? {} : { minimumFractionDigits: decimals[kind], maximumFractionDigits: decimals[kind] };
  const full = formatNumber(locale, value, { ...style, ...places });
  // A percentage's size is what it shows: a ratio of 20,000 is 2,000,000%.
  const shown = Math.abs(style.style === 'percent' ? value * 100 : value);
  if (shown < COMPACT_FROM) return { text: full };
  const notation = shown < SCIENTIFIC_FROM ? 'compact' : 'scientific';
  return { text: formatNumber(locale, value, { ...style, notation, maximumSignificantDigits: 3 }), full };
}

// The first strong character: an LRM or a letter of a left-to-right script (group 1), or
// an RLM, an ALM or a letter of Hebrew or Arabic script (group 2). Arabic-Indic and
// Persian digits and their separators are not strong.
const strongCharacter = /([\u200EA-Za-z\u00C0-\u024F])|([\u200F\u061C\u0590-\u05FF\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\uFB1D-\uFEFC])/;

/**
 * The direction a formatted figure is meant to be read in, from its first strong
 * character as Intl wrote it: an LRM (fa's +۱۵٫۷٪), an ALM (ar's ؜+١٥٫٧٪؜) or a word of
 * a compact figure (۱۲٫۳ میلیارد). Digits alone read left to right.
 */
export function directionOf(text: string): 'ltr' | 'rtl' {
  return strongCharacter.exec(text)?.[2] === undefined ? 'ltr' : 'rtl';
}

/** A figure set apart from the sentence around it, for plain text (U+2066/7 … U+2069). */
export function isolate(text: string): string {
  return `${directionOf(text) === 'rtl' ? '\u2067' : '\u2066'}${text}\u2069`;
}

/** A ratio as a percentage (0.3 → 30%), in the locale's digits and percent sign. */
export function formatPercent(locale: Locale, ratio: number, options: Intl.NumberFormatOptions = {}): string {
  return formatNumber(locale, ratio, { style: 'percent', maximumFractionDigits: 1, ...options });
}
