import { localizedPath } from '../i18n/paths';
import { localeCodes, type Locale } from '../i18n/locales';
import { calculatorIds, type CalculatorId } from './catalog';

/** A calculator's own page, opened on a scenario when a query string is given. */
export function calculatorHref(locale: Locale, id: CalculatorId, query?: string): string {
  const path = localizedPath(locale, `calculators/${id}/`);
  return query ? `${path}?${query}` : path;
}

/** `getStaticPaths` for a page per calculator in every language: its full page and its embed. */
export function calculatorStaticPaths() {
  return localeCodes.flatMap((locale) => calculatorIds.map((id) => ({ params: { locale, id }, props: { locale, id } })));
}
