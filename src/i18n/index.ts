import i18next, { type TFunction } from 'i18next';
// The reference file: every other locale's file has exactly its keys (a unit test says so).
import type sourceStrings from './ui/en.json';
import { defaultLocale, isLocale, localeCodes, type Locale } from './locales';
import { formatNumber } from './numbers';
import type { PluralTemplates } from './island-strings';

export type UiStrings = typeof sourceStrings;
export type UiKey = keyof UiStrings;
/** A counted string, by the key its plural forms share (`search.results` for `search.results_one`…). */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}_other` ? Base : never }[UiKey];

const files = import.meta.glob<UiStrings>('./ui/*.json', { eager: true, import: 'default' });

/** Every locale's UI strings, from `ui/<code>.json`: one file per row of the locale table. */
export const uiStrings = Object.fromEntries(
  localeCodes.map((code) => {
    const strings = files[`./ui/${code}.json`];
    if (!strings) throw new Error(`src/i18n/ui/${code}.json is missing: every locale needs its UI strings`);
    return [code, strings];
  }),
) as Record<Locale, UiStrings>;

/**
 * The one i18next instance, created and initialised synchronously when this module is
 * first imported. Pages take a fixed `t` per locale; nothing ever calls
 * `changeLanguage()`, so concurrent page renders cannot see each other's language.
 */
const i18n = i18next.createInstance();
i18n.init({
  initAsync: false,
  resources: Object.fromEntries(Object.entries(uiStrings).map(([code, strings]) => [code, { translation: strings }])),
  supportedLngs: Object.keys(uiStrings),
  fallbackLng: false,
  // Keys are flat ("nav.lessons"), as in the JSON files.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// i18next's built-in `number` format passes the bare language tag to Intl, which gives
// Latin digits for `ar`; route it through the locale table's numbering system instead.
i18n.services.formatter?.add('number', (value: number, lng) => formatNumber(isLocale(lng) ? lng : defaultLocale, value));

/** The `t` of one locale. Its keys are typed (i18next.d.ts): a key no strings file has does not compile. */
export function useTranslations(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}

/** The raw plural templates of a counted string, for an island to fill in (island-strings.ts). */
export function pluralTemplates(locale: Locale, key: PluralKey): PluralTemplates {
  const strings: Record<string, string> = uiStrings[locale];
  const templates: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of new Intl.PluralRules(locale).resolvedOptions().pluralCategories) {
    const template = strings[`${key}_${category}`];
    if (template !== undefined) templates[category] = template;
  }
  return { ...templates, other: templates.other ?? key };
}

/** A string's raw template, placeholders left in, for an island to fill in. */
export function rawString(locale: Locale, key: UiKey): string {
  return uiStrings[locale][key];
}
