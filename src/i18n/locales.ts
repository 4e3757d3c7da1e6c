/**
 * The one table every locale-aware part of the site reads. Adding a language means
 * adding a row here, a UI strings file in `ui/`, and its content folders.
 */
export const locales = {
  en: {
    label: 'English',
    dir: 'ltr',
    /** BCP 47 tag for Intl, with the numbering system spelled out (see numbers.ts). */
    intl: 'en-u-nu-latn',
    font: 'system',
  },
  ar: {
    label: 'العربية',
    dir: 'rtl',
    // Plain `ar` formats with Latin digits in current ICU; ask for Arabic-Indic ones.
    intl: 'ar-u-nu-arab',
    font: 'noto-naskh-arabic',
  },
  fa: {
    label: 'فارسی',
    dir: 'rtl',
    intl: 'fa-u-nu-arabext',
    font: 'vazirmatn',
  },
} as const;

export type Locale = keyof typeof locales;
export type Direction = (typeof locales)[Locale]['dir'];

export const localeCodes = Object.keys(locales) as Locale[];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}
