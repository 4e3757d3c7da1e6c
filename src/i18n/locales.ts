/**
 * The one place a language is described. Everything locale-aware reads this table:
 * routes, `<html lang dir>`, digits, number and date formats, fonts, search folding,
 * glossary order, the content schema's localized fields and the sitemap. A unit test
 * (test/unit/locale-literals.test.ts) keeps locale codes from being written anywhere
 * else in src/. Adding a language: README, "Adding a language".
 */

/** The rules that make what a reader types meet the text: src/search/fold.ts. */
export type Folding = 'latin' | 'arabic' | 'persian';

export interface Font {
  /** The CSS family name fonts.css gives it. */
  family: string;
  /** The Fontsource file fonts.css and FontPreload.astro load, without `.woff2`. */
  file: string;
}

export interface LocaleRow {
  /** The language's name in itself, for the language picker. */
  label: string;
  dir: 'ltr' | 'rtl';
  /**
   * BCP 47 tag for Intl, with the numbering system spelled out: plain `ar` gives Latin
   * digits in current ICU, and the server's and the browser's ICU can differ. Digits,
   * numbers, dates and list markers all follow it.
   */
  intl: string;
  /** The font its pages are set in, or null for the system's own (Latin) stack. */
  font: Font | null;
  /** The calendar dates are shown in (an Intl calendar name): readers of Persian date by the solar hijri year. */
  calendar: 'gregory' | 'persian';
  folding: Folding;
  /**
   * Glossary order is Intl.Collator's for `intl`, with what this matches at the start
   * of a term left out when filing it; null to file terms as written.
   */
  sortIgnores: RegExp | null;
}

export const locales = {
  en: {
    label: 'English',
    dir: 'ltr',
    intl: 'en-u-nu-latn',
    font: null,
    calendar: 'gregory',
    folding: 'latin',
    sortIgnores: null,
  },
  ar: {
    label: 'العربية',
    dir: 'rtl',
    intl: 'ar-u-nu-arab',
    font: { family: 'Noto Naskh Arabic', file: 'noto-naskh-arabic-arabic-wght-normal' },
    calendar: 'gregory',
    folding: 'arabic',
    // Arabic dictionaries file a word under what follows the definite article: التسويق under ت.
    sortIgnores: /^ال(?=\S{2})/,
  },
  fa: {
    label: 'فارسی',
    dir: 'rtl',
    intl: 'fa-u-nu-arabext',
    font: { family: 'Vazirmatn', file: 'vazirmatn-arabic-wght-normal' },
    calendar: 'persian',
    folding: 'persian',
    sortIgnores: null,
  },
} as const satisfies Record<string, LocaleRow>;

export type Locale = keyof typeof locales;
export type Direction = LocaleRow['dir'];

export const localeCodes = Object.keys(locales) as Locale[];
/** The language of the root chooser, the site-wide 404 page and `x-default` links. */
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The Intl numbering system of a locale (`arabext`), as its tag spells it. */
export function numberingSystem(locale: Locale): string {
  return new Intl.Locale(locales[locale].intl).numberingSystem ?? 'latn';
}

/**
 * The attributes of an element whose content is in `locale`: `<html>` on every page,
 * and a section of a page that speaks several languages. The stylesheets pick the
 * font and the list markers by `data-font` and `data-numbers` (fonts.css, global.css).
 */
export function languageAttributes(locale: Locale) {
  return {
    lang: locale,
    dir: locales[locale].dir,
    'data-font': locales[locale].font?.family,
    'data-numbers': numberingSystem(locale),
  };
}
