import type { Locale } from '../i18n/locales';
import type { SearchStrings } from '../search/strings';
import SearchView from './search/SearchView';
import { useSearch } from './search/useSearch';

interface Props {
  locale: Locale;
  /**
   * 'page': the results page, whose URL carries the query (`?q=`) and kind (`?kind=`) so
   * a search can be linked and shared. 'dialog': the header's search dialog, which
   * leaves the URL of the page it opens over alone and sends Enter to the results page.
   */
  variant: 'page' | 'dialog';
  resultsHref: string;
  glossaryHref: string;
  strings: SearchStrings;
}

/** Search as you type, in the reader's language: `useSearch` finds, `SearchView` shows. */
export default function Search({ locale, variant, resultsHref, glossaryHref, strings }: Props) {
  const inPage = variant === 'page';
  const model = useSearch(locale, inPage);
  return <SearchView {...model} locale={locale} inPage={inPage} resultsHref={resultsHref} glossaryHref={glossaryHref} strings={strings} />;
}
