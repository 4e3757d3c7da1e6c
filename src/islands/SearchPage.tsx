import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fill, fillPlural, type PluralTemplates } from '../i18n/island-strings';
import { search, type SearchHit, type SearchKind } from '../search/client';

const kinds: SearchKind[] = ['lesson', 'term', 'calculator'];

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
}

interface Props {
  locale: Locale;
  glossaryHref: string;
  strings: SearchStrings;
}

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; hits: SearchHit[] }
  | { status: 'failed' };

/**
 * The search results page. The query lives in `?q=` (and the kind in `?kind=`), so a
 * search can be linked and shared; results update as the reader types.
 */
export default function SearchPage({ locale, glossaryHref, strings }: Props) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SearchKind | 'all'>('all');
  const [state, setState] = useState<State>({ status: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    setQuery(params.get('q') ?? '');
    const fromUrl = params.get('kind');
    if (kinds.includes(fromUrl as SearchKind)) setKind(fromUrl as SearchKind);
  }, []);

  useEffect(() => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (kind !== 'all') params.set('kind', kind);
    const queryString = params.toString();
    history.replaceState(null, '', queryString ? `?${queryString}` : location.pathname);

    if (query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    const run = ++latest.current;
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    search(locale, query, kind === 'all' ? undefined : kind).then(
      (hits) => run === latest.current && setState({ status: 'done', hits }),
      () => run === latest.current && setState({ status: 'failed' }),
    );
  }, [query, kind, locale]);

  return (
    <div class="search-page">
      <form role="search" aria-label={strings.label} onSubmit={(event) => event.preventDefault()}>
        <label for="search-query">{strings.label}</label>
        <input
          id="search-query"
          name="q"
          type="search"
          value={query}
          autocomplete="off"
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <fieldset class="kinds">
          <legend>{strings.kinds}</legend>
          {(['all', ...kinds] as const).map((value) => (
            <label>
              <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />{' '}
              {strings.kind[value]}
            </label>
          ))}
        </fieldset>
      </form>
      <div role="status" class="search-status">
        {state.status === 'loading' && strings.loading}
        {state.status === 'failed' && strings.failed}
        {state.status === 'done' &&
          (state.hits.length > 0 ? (
            fillPlural(locale, strings.results, state.hits.length)
          ) : (
            <>
              {fill(locale, strings.none, { query })} <a href={glossaryHref}>{strings.noneHelp}</a>
            </>
          ))}
      </div>
      {state.status === 'done' && state.hits.length > 0 && (
        <ol class="search-results">
          {state.hits.map((hit) => (
            <li key={hit.url}>
              <a href={hit.url}>{hit.title}</a> {hit.kind && <span class="kind">{strings.kindLabel[hit.kind]}</span>}
              <p dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
