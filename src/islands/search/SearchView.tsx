import type { Locale } from '../../i18n/locales';
import { fill, fillPlural } from '../../i18n/island-strings';
import { formatNumber } from '../../i18n/numbers';
import { searchKinds, type SearchHit } from '../../search/client';
import type { SearchStrings } from '../../search/strings';
import type { SearchModel } from './useSearch';

interface Props extends SearchModel {
  locale: Locale;
  /** The results page: a kind filter, and "Show more" below the hits; else the dialog, linking to the page. */
  inPage: boolean;
  resultsHref: string;
  glossaryHref: string;
  strings: SearchStrings;
}

/** What `useSearch` holds, drawn: the search form, a status line, the hits and what follows them. */
export default function SearchView(props: Props) {
  const { inPage, state, query, resultsHref, strings } = props;
  const shown = state.status === 'done' ? state.hits : [];
  const total = state.status === 'done' ? state.found.total : 0;
  return (
    <div class={inPage ? 'search search-page' : 'search'}>
      <SearchForm {...props} />
      <div role="status" class="search-status">
        <Status {...props} />
      </div>
      {shown.length > 0 && <Hits list={props.list} hits={shown} strings={strings} />}
      {inPage && shown.length < total && (
        <p class="search-more">
          <button type="button" onClick={props.showMore}>
            {strings.more}
          </button>
          {props.moreFailed && <span role="alert"> {strings.failed}</span>}
        </p>
      )}
      {!inPage && shown.length > 0 && (
        <p class="search-all">
          <a href={`${resultsHref}?${new URLSearchParams({ q: query })}`}>{strings.all}</a>
        </p>
      )}
    </div>
  );
}

/** On the results page Enter stays on the page; in the dialog it sends the query there. */
function SearchForm({ form, inPage, query, setQuery, kind, setKind, resultsHref, strings, state, locale }: Props) {
  const inputId = inPage ? 'search-query' : 'search-dialog-query';
  const counts = state.status === 'done' ? state.found.counts : undefined;
  return (
    <form
      ref={form}
      role="search"
      aria-label={strings.label}
      action={resultsHref}
      method="get"
      onSubmit={(event) => inPage && event.preventDefault()}
    >
      <label for={inputId}>{strings.label}</label>
      <input
        id={inputId}
        name="q"
        type="search"
        value={query}
        autocomplete="off"
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {inPage && (
        // Radios drawn as chips (search.css), each with how many pages of its kind match.
        <fieldset class="kinds">
          <legend>{strings.kinds}</legend>
          {(['all', ...searchKinds] as const).map((value) => (
            <label class="kind-chip">
              <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              {strings.kind[value]}
              {/* Always there, empty until counted, so the chips keep their width as results arrive. */}
              <span class="kind-count">{counts ? formatNumber(locale, counts[value]) : ''}</span>
            </label>
          ))}
        </fieldset>
      )}
    </form>
  );
}

function Status({ locale, state, query, glossaryHref, strings }: Props) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading':
      return <>{strings.loading}</>;
    case 'failed':
      return <>{strings.failed}</>;
    case 'done':
      return state.found.total > 0 ? (
        <>{fillPlural(locale, strings.results, state.found.total)}</>
      ) : (
        <>
          {fill(locale, strings.none, { query })} <a href={glossaryHref}>{strings.noneHelp}</a>
        </>
      );
  }
}

function Hits({ list, hits, strings }: Pick<Props, 'list' | 'strings'> & { hits: SearchHit[] }) {
  return (
    <ol class="search-results" ref={list}>
      {hits.map((hit) => (
        <li key={hit.url}>
          <a href={hit.url}>{hit.title}</a> {hit.kind && <span class="kind">{strings.kindLabel[hit.kind]}</span>}
          {/* safeExcerpt (search/client.ts) leaves only <mark> as markup. */}
          <p dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
        </li>
      ))}
    </ol>
  );
}
