import { useEffect, useState } from 'preact/hooks';
import { iframeCode } from '../embed/iframe-code';
import { scenarioChanged } from './calculator/scenario-event';
import { useCopy } from './useCopy';

interface Props {
  /** The embed's path on this site, without a query: `/en/embed/calculators/roi/`. */
  path: string;
  /** The public site's origin (Astro's `site`): the code is pasted elsewhere. */
  origin: string;
  /** The frame's title, which names it to screen readers on the host page. */
  title: string;
  /** The frame's first height in CSS pixels, before the embed reports its own. */
  height: number;
  /** Whether the page's query string (a calculator's scenario) goes into the embed's URL. */
  withScenario?: boolean;
  strings: { button: string; intro: string; code: string; copy: string; copied: string; failed: string; preview: string };
}

/**
 * "Embed": a disclosure with the <iframe> code for this page's embed, and a button that
 * copies it. A calculator's code carries the scenario on screen, kept up to date as the
 * reader changes a field.
 */
export default function EmbedCode({ path, origin, title, height, withScenario = false, strings }: Props) {
  const [query, setQuery] = useState('');
  const { message, copy } = useCopy(strings.copied, () => strings.failed);

  useEffect(() => {
    if (!withScenario) return;
    const read = () => setQuery(location.search);
    read();
    window.addEventListener(scenarioChanged, read);
    return () => window.removeEventListener(scenarioChanged, read);
  }, [withScenario]);

  const code = iframeCode(`${origin}${path}${query}`, title, height);
  return (
    <details class="embed-code no-print">
      <summary>{strings.button}</summary>
      <p id="embed-intro">{strings.intro}</p>
      <label for="embed-code">{strings.code}</label>
      <textarea id="embed-code" dir="ltr" rows={4} readOnly aria-describedby="embed-intro" value={code} />
      <button type="button" onClick={() => copy(code)}>
        {strings.copy}
      </button>
      <span role="status">{message}</span>
      <p>
        <a href={`${path}${query}`}>{strings.preview}</a>
      </p>
    </details>
  );
}
