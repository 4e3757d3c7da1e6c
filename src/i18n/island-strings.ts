import { formatNumber } from './numbers';
import type { Locale } from './locales';

/**
 * Islands cannot take a `t` function as a prop (props must serialise), and shipping
 * i18next to the browser for a handful of strings would cost more than the islands
 * themselves. So a page hands an island the raw templates it needs, and the island
 * fills them in with this: `{{name}}` or `{{name, number}}`, numbers in the locale's
 * digits, and the plural form chosen by the locale's own rules.
 */
export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function fill(locale: Locale, template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*(,\s*number\s*)?\}\}/g, (_match, name: string, asNumber?: string) => {
    const value = values[name];
    if (value === undefined) return '';
    return asNumber && typeof value === 'number' ? formatNumber(locale, value) : String(value);
  });
}

export function fillPlural(
  locale: Locale,
  templates: PluralTemplates,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const category = new Intl.PluralRules(locale).select(count);
  return fill(locale, templates[category] ?? templates.other, { count, ...values });
}
