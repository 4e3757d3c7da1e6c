import type { Locale } from '../../i18n/locales';
import { formatFigure, isolate, type Currency, type Figure, type FigureKind } from '../../i18n/numbers';

/** What a result shows when it cannot be worked out: never NaN, Infinity or undefined. */
export const DASH = '–';

type Value = number | null | undefined;

/**
 * Formatters bound to one locale and currency, following the number policy in
 * src/i18n/numbers.ts and dashing anything not finite. `figure` gives a result cell its
 * text and, when abbreviated, its full value (Figure.tsx shows both); the others give a
 * figure for a sentence, abbreviated if it must be and isolated so the sentence's
 * direction cannot move its sign or percent sign.
 */
export function formatters(locale: Locale, currency?: Currency) {
  const figure = (kind: FigureKind, value: Value): Figure =>
    value === null || value === undefined || !Number.isFinite(value) ? { text: DASH } : formatFigure(locale, kind, value, currency);
  const inText = (kind: FigureKind) => (value: Value) => isolate(figure(kind, value).text);
  return {
    figure,
    money: inText('money'),
    percent: inText('percent'),
    change: inText('change'),
    ratio: inText('ratio'),
    expected: inText('expected'),
    count: inText('count'),
  };
}

/**
 * A figure made of figures written into a template ("12.3B×", "60 to 70"): abbreviated if
 * any of them is, and then with all of them in full.
 */
export function composeFigure(figures: Figure[], write: (...texts: string[]) => string): Figure {
  const text = write(...figures.map((figure) => figure.text));
  return figures.some((figure) => figure.full !== undefined) ? { text, full: write(...figures.map((f) => f.full ?? f.text)) } : { text };
}
