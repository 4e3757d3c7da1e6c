import { localizedPath } from '../i18n/paths';
import type { Locale } from '../i18n/locales';
import type { CalculatorId } from './catalog';

/** A calculator's own page, opened on a scenario when a query string is given. */
export function calculatorHref(locale: Locale, id: CalculatorId, query?: string): string {
  const path = localizedPath(locale, `calculators/${id}/`);
  return query ? `${path}?${query}` : path;
}
