import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fillPlural, type PluralTemplates } from '../i18n/island-strings';
import { foldCompact } from '../search/fold';

interface Props {
  locale: Locale;
  strings: { label: string; hint: string; matches: PluralTemplates; noMatch: string };
  /** The glossary the filter narrows, as the server rendered it: groups marked `data-glossary-group`, their entries `data-match`. */
  children: ComponentChildren;
}

/**
 * Narrows the server-rendered glossary it wraps as the reader types. Each entry carries
 * its folded names (term, acronym, aliases) in `data-match`, computed at build time, so
 * the browser only folds the query. Without JavaScript the whole list simply shows.
 * The glossary comes in as children, which Astro renders to HTML that Preact leaves
 * alone, so the island changes only markup inside its own root.
 */
export default function GlossaryFilter({ locale, strings, children }: Props) {
  const [query, setQuery] = useState('');
  const [count, setCount] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);

  // The box is left uncontrolled so that hydrating never wipes what was typed before it;
  // whatever is there already is the first query.
  useEffect(() => setQuery(input.current?.value ?? ''), []);

  useEffect(() => {
    const needle = foldCompact(query, locale);
    let shown = 0;
    for (const group of root.current?.querySelectorAll<HTMLElement>('[data-glossary-group]') ?? []) {
      let groupShown = 0;
      for (const entry of group.querySelectorAll<HTMLElement>('[data-match]')) {
        const match = needle === '' || (entry.dataset['match'] ?? '').includes(needle);
        entry.hidden = !match;
        if (match) groupShown++;
      }
      group.hidden = groupShown === 0;
      shown += groupShown;
      // The letter bar offers only the letters that still have a term to jump to.
      const letter = root.current?.querySelector(`a[href="#${group.getAttribute('aria-labelledby')}"]`)?.closest('li');
      if (letter) letter.hidden = group.hidden;
    }
    setCount(needle === '' ? null : shown);
  }, [query, locale]);

  return (
    <div ref={root}>
      <div class="glossary-filter no-print" role="search" aria-label={strings.label}>
        <label for="glossary-filter-input">{strings.label}</label>
        <input
          id="glossary-filter-input"
          type="search"
          ref={input}
          autocomplete="off"
          aria-describedby="glossary-filter-hint"
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <p id="glossary-filter-hint" class="hint">
          {strings.hint}
        </p>
        <p role="status" class="filter-status">
          {count === null ? '' : count === 0 ? strings.noMatch : fillPlural(locale, strings.matches, count)}
        </p>
      </div>
      {children}
    </div>
  );
}
