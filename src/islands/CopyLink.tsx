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
  strings: { copied: string; failed: string };
}

/** A button that copies a term's absolute URL and says so in a live region. */
export default function CopyLink({ locale, path, label, strings }: Props) {
  const { message, copy } = useCopy(strings.copied, (url) => fill(locale, strings.failed, { url }));

  return (
    <span class="copy-link no-print">
      <button type="button" onClick={() => copy(new URL(path ?? location.href, location.href).href)}>
        {label}
      </button>
      <span role="status">{message}</span>
    </span>
  );
}
