import { useState } from 'preact/hooks';
import { fill } from '../i18n/island-strings';
import type { Locale } from '../i18n/locales';

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
  const [message, setMessage] = useState('');

  const copy = async () => {
    const url = new URL(path ?? location.href, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(strings.copied);
    } catch {
      // Clipboard refused (permissions, insecure context): show the link to copy by hand.
      setMessage(fill(locale, strings.failed, { url }));
    }
  };

  return (
    <span class="copy-link no-print">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status">{message}</span>
    </span>
  );
}
