import { fill } from '../i18n/island-strings';
import type { Locale } from '../i18n/locales';
import { useCopy } from './useCopy';

interface Props {
  locale: Locale;
  /**
   * Site-relative path, made absolute against wherever the site is served; without
   * one, the page's current address (a calculator's scenario lives in it).
   */
  path?: string;
  label: string;
  /**
   * Shown instead of `label`, beside a link icon, where a full label on every item would
   * drown what it is next to (each glossary term). `label`, which must start with it,
   * stays the accessible name: "Copy link to CLV", not one of sixty "Copy link"s.
   */
  shortLabel?: string;
  strings: { copied: string; failed: string };
}

/** A button that copies a term's absolute URL and says so in a live region. */
export default function CopyLink({ locale, path, label, shortLabel, strings }: Props) {
  const { message, copy } = useCopy(strings.copied, (url) => fill(locale, strings.failed, { url }));
  const copyAddress = () => copy(new URL(path ?? location.href, location.href).href);

  return (
    <span class="copy-link no-print">
      {shortLabel ? (
        <button type="button" class="copy-link-small" onClick={copyAddress} aria-label={label}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
            />
          </svg>
          {shortLabel}
        </button>
      ) : (
        <button type="button" onClick={copyAddress}>
          {label}
        </button>
      )}
      <span role="status">{message}</span>
    </span>
  );
}
