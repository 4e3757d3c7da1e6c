import { pluralTemplates, rawString, useTranslations } from '../i18n';
import type { PluralTemplates } from '../i18n/island-strings';
import type { Locale } from '../i18n/locales';
import { searchKinds, type SearchKind } from './client';

/** Every interface string the search island shows, ready to pass as a prop. */
export interface SearchStrings {
  label: string;
  kinds: string;
  kind: Record<SearchKind | 'all', string>;
  kindLabel: Record<SearchKind, string>;
  results: PluralTemplates;
  none: string;
  noneHelp: string;
  loading: string;
  failed: string;
  all: string;
  more: string;
}

/** The search strings in one language; the results page and the header dialog share them. */
export function searchStrings(locale: Locale): SearchStrings {
  const t = useTranslations(locale);
  const byKind = (label: (kind: SearchKind) => string) =>
    Object.fromEntries(searchKinds.map((kind) => [kind, label(kind)])) as Record<SearchKind, string>;
  return {
    label: t('search.label'),
    kinds: t('search.kinds'),
    kind: { all: t('search.kind.all'), ...byKind((kind) => t(`search.kind.${kind}`)) },
    kindLabel: byKind((kind) => t(`search.kindLabel.${kind}`)),
    results: pluralTemplates(locale, 'search.results'),
    none: rawString(locale, 'search.none'),
    noneHelp: t('search.noneHelp'),
    loading: t('search.loading'),
    failed: t('search.failed'),
    all: t('search.all'),
    more: t('search.more'),
  };
}
