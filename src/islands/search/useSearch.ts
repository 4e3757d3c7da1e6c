import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Locale } from '../../i18n/locales';
import { search, searchKinds, type Found, type SearchHit, type SearchKind } from '../../search/client';

/** The dialog lists this many hits, then links to the results page for the rest. */
const DIALOG_HITS = 8;
/** The results page lists this many hits at a time: each costs a fetch of its page's data. */
const PAGE_HITS = 10;

export type SearchState =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; found: Found; hits: SearchHit[] } | { status: 'failed' };

export type KindChoice = SearchKind | 'all';

export interface SearchModel {
  /** The form the server rendered: what was typed into it before hydration is the first query. */
  form: RefObject<HTMLFormElement>;
  /** The results list: "Show more" moves focus into it. */
  list: RefObject<HTMLOListElement>;
  query: string;
  setQuery(query: string): void;
  kind: KindChoice;
  setKind(kind: KindChoice): void;
  state: SearchState;
  /** Loads the next page of hits below those shown, and focuses the first new one. */
  showMore(): Promise<void>;
  /** The last "Show more" failed; the hits shown stay, and so does the button. */
  moreFailed: boolean;
}

/**
 * Search as you type, in the reader's language. On the results page (`inPage`), the URL
 * carries the query (`?q=`) and kind (`?kind=`) both ways, so a search can be linked and
 * shared; in the header's dialog it leaves the URL of the page it opens over alone.
 */
export function useSearch(locale: Locale, inPage: boolean): SearchModel {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindChoice>('all');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [moreFailed, setMoreFailed] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // After "Show more", focus goes to the first hit it added to that search's list.
  const focusFrom = useRef<{ found: Found; index: number } | null>(null);
  const loadingMore = useRef(false);

  useEffect(() => {
    // What the reader typed or chose before the island hydrated wins over the URL.
    const typed = form.current?.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '';
    const chosen = form.current?.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value;
    const params = new URLSearchParams(inPage ? location.search : '');
    setQuery(typed || (params.get('q') ?? ''));
    const initialKind = chosen && chosen !== 'all' ? chosen : params.get('kind');
    if (searchKinds.includes(initialKind as SearchKind)) setKind(initialKind as SearchKind);
  }, [inPage]);

  useEffect(() => {
    if (!inPage) return;
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (kind !== 'all') params.set('kind', kind);
    const queryString = params.toString();
    history.replaceState(null, '', queryString ? `?${queryString}` : location.pathname);
  }, [query, kind, inPage]);

  useEffect(() => {
    if (query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    // Answers arrive in any order; only the latest search's may show.
    let superseded = false;
    setMoreFailed(false);
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    search(locale, query, kind === 'all' ? undefined : kind, inPage)
      .then(async (found) => ({ found, hits: await found.hits(inPage ? PAGE_HITS : DIALOG_HITS) }))
      .then(
        ({ found, hits }) => {
          if (!superseded) setState({ status: 'done', found, hits });
        },
        () => {
          if (!superseded) setState({ status: 'failed' });
        },
      );
    return () => {
      superseded = true;
    };
  }, [query, kind, locale, inPage]);

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
      setMoreFailed(true);
    } finally {
      loadingMore.current = false;
    }
  };

  return { form, list, query, setQuery, kind, setKind, state, showMore, moreFailed };
}
