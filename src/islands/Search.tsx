import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fill, fillPlural } from '../i18n/island-strings';
import { search, searchKinds as kinds, type Found, type SearchHit, type SearchKind } from '../search/client';
import type { SearchStrings } from '../search/strings';

/** The dialog lists this many hits, then links to the results page for the rest. */
const DIALOG_HITS = 8;
/** The results page lists this many hits at a time: each costs a fetch of its page's data. */
const PAGE_HITS = 10;

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

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; found: Found; hits: SearchHit[] }
  | { status: 'failed' };

/** Search as you type, in the reader's language. */
export default function Search({ locale, variant, resultsHref, glossaryHref, strings }: Props) {
  const onPage = variant === 'page';
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SearchKind | 'all'>('all');
  const [state, setState] = useState<State>({ status: 'idle' });
  const latest = useRef(0);
  const form = useRef<HTMLFormElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // After "Show more", focus goes to the first hit it added to that search's list.
  const focusFrom = useRef<{ found: Found; index: number } | null>(null);
  const loadingMore = useRef(false);
  const [moreFailed, setMoreFailed] = useState(false);

  useEffect(() => {
    // What the reader typed or chose before the island hydrated wins over the URL.
    const typed = form.current?.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '';
    const chosen = form.current?.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value;
    const params = new URLSearchParams(onPage ? location.search : '');
    setQuery(typed || (params.get('q') ?? ''));
    const initialKind = chosen && chosen !== 'all' ? chosen : params.get('kind');
    if (kinds.includes(initialKind as SearchKind)) setKind(initialKind as SearchKind);
  }, [onPage]);

  useEffect(() => {
    if (onPage) {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      if (kind !== 'all') params.set('kind', kind);
      const queryString = params.toString();
      history.replaceState(null, '', queryString ? `?${queryString}` : location.pathname);
    }

    if (query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    const run = ++latest.current;
    setMoreFailed(false);
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    search(locale, query, kind === 'all' ? undefined : kind)
      .then(async (found) => ({ found, hits: await found.hits(onPage ? PAGE_HITS : DIALOG_HITS) }))
      .then(
        ({ found, hits }) => run === latest.current && setState({ status: 'done', found, hits }),
        () => run === latest.current && setState({ status: 'failed' }),
      );
  }, [query, kind, locale, onPage]);

  useEffect(() => {
    const target = focusFrom.current;
    if (target === null || state.status !== 'done' || state.found !== target.found) return;
    list.current?.querySelectorAll<HTMLAnchorElement>(':scope > li > a')[target.index]?.focus();
    focusFrom.current = null;
  }, [state]);

  const showMore = async () => {
    if (state.status !== 'done' || loadingMore.current) return;
    const { found, hits } = state;
    loadingMore.current = true;
    setMoreFailed(false);
    try {
      const more = await found.hits(hits.length + PAGE_HITS);
      // Hits already shown keep their places; the new ones go below them.
      const added = more.filter((hit) => !hits.some((shown) => shown.url === hit.url));
      focusFrom.current = { found, index: hits.length };
      // Only onto the same search: the reader may have typed on meanwhile.
      setState((now) => (now.status === 'done' && now.found === found ? { ...now, hits: [...now.hits, ...added] } : now));
    } catch {
      // The hits shown stay, and the button, to try again.
      setMoreFailed(true);
    } finally {
      loadingMore.current = false;
    }
  };

  const inputId = onPage ? 'search-query' : 'search-dialog-query';
  const shown = state.status === 'done' ? state.hits : [];
  const total = state.status === 'done' ? state.found.total : 0;
  const allResults = `${resultsHref}?${new URLSearchParams({ q: query })}`;

  return (
    <div class={onPage ? 'search search-page' : 'search'}>
      <form
        ref={form}
        role="search"
        aria-label={strings.label}
        action={resultsHref}
        method="get"
        onSubmit={(event) => onPage && event.preventDefault()}
      >
        <label for={inputId}>{strings.label}</label>
        <input
          id={inputId}
          name="q"
          type="search"
          value={query}
          autocomplete="off"
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        {onPage && (
          <fieldset class="kinds">
            <legend>{strings.kinds}</legend>
            {(['all', ...kinds] as const).map((value) => (
              <label>
                <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />{' '}
                {strings.kind[value]}
              </label>
            ))}
          </fieldset>
        )}
      </form>
      <div role="status" class="search-status">
        {state.status === 'loading' && strings.loading}
        {state.status === 'failed' && strings.failed}
        {state.status === 'done' &&
          (total > 0 ? (
            fillPlural(locale, strings.results, total)
          ) : (
            <>
              {fill(locale, strings.none, { query })} <a href={glossaryHref}>{strings.noneHelp}</a>
            </>
          ))}
      </div>
      {shown.length > 0 && (
        <ol class="search-results" ref={list}>
          {shown.map((hit) => (
            <li key={hit.url}>
              <a href={hit.url}>{hit.title}</a> {hit.kind && <span class="kind">{strings.kindLabel[hit.kind]}</span>}
              <p dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            </li>
          ))}
        </ol>
      )}
      {onPage && shown.length < total && (
        <p class="search-more">
          <button type="button" onClick={showMore}>
            {strings.more}
          </button>
          {moreFailed && <span role="alert"> {strings.failed}</span>}
        </p>
      )}
      {!onPage && shown.length > 0 && (
        <p class="search-all">
          <a href={allResults}>{strings.all}</a>
        </p>
      )}
    </div>
  );
}
