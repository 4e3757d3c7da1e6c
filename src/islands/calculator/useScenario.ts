import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/numbers';
import { validateField, type FieldError, type FieldSpec } from '../../calculators/fields';
import { readQuery, writeQuery } from '../../calculators/query';
import { scenarioChanged } from './scenario-event';

type Inputs = Record<string, number | undefined>;

const asText = (locale: Locale, value: number | undefined) =>
  value === undefined ? '' : formatNumber(locale, value, { useGrouping: false, maximumFractionDigits: 10 });

/**
 * The state of one calculator: exactly what the reader typed in each field, what is
 * wrong with it, and the last usable values (so results never fall back to garbage).
 * The usable values are mirrored into the URL so the scenario can be shared.
 */
export function useScenario<I extends Inputs>(
  id: string,
  locale: Locale,
  fields: { [K in keyof I]: FieldSpec },
  calculatorDefaults: I,
  preset = '',
) {
  // A lesson presets its case's numbers; a shared link, read after hydration, still wins.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the props never change after hydration
  const defaults = useMemo(() => readQuery(preset, fields, calculatorDefaults), []);
  const names = Object.keys(fields) as (keyof I & string)[];
  const textsOf = (values: I) => Object.fromEntries(names.map((n) => [n, asText(locale, values[n])])) as Record<keyof I & string, string>;

  const [texts, setTexts] = useState(() => textsOf(defaults));
  // Only usable values ever get here, and a required field is never usable empty, so
  // this always holds a complete set of inputs.
  const [valid, setValid] = useState<I>(defaults);
  const [linked, setLinked] = useState(false);

  // After hydration, a shared link's scenario replaces the defaults, except in fields
  // the reader already typed into while the island was still loading.
  useEffect(() => {
    const fromUrl = readQuery(location.search, fields, defaults);
    const nextTexts = textsOf(fromUrl);
    const initial = textsOf(defaults);
    for (const name of names) {
      const input = document.getElementById(`${id}-${name}`) as HTMLInputElement | null;
      const typed = input?.value;
      // A field the reader is in is theirs even if unchanged yet: replacing its value now
      // would drop their selection, and what they type next would join the link's value.
      if (typed === undefined || (typed === initial[name] && document.activeElement !== input)) continue;
      nextTexts[name] = typed;
      const result = validateField(fields[name], typed);
      if (result.ok) (fromUrl as Inputs)[name] = result.value;
    }
    setTexts(nextTexts);
    setValid(fromUrl);
    setLinked(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after hydration, when the URL and what was typed can be read
  }, []);

  const errors = useMemo(() => {
    const found = {} as Partial<Record<keyof I & string, FieldError>>;
    for (const name of names) {
      const result = validateField(fields[name], texts[name]);
      if (!result.ok) found[name] = result.error;
    }
    return found;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fields and names come from props, which never change
  }, [texts]);

  useEffect(() => {
    if (!linked) return;
    const query = writeQuery(valid);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    window.dispatchEvent(new Event(scenarioChanged));
  }, [valid, linked]);

  const setText = (name: keyof I & string, text: string) => {
    setTexts((previous) => ({ ...previous, [name]: text }));
    const result = validateField(fields[name], text);
    if (result.ok) setValid((previous) => ({ ...previous, [name]: result.value }));
  };

  return { texts, errors, values: valid, setText };
}
