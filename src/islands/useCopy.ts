import { useState } from 'preact/hooks';

/**
 * Copies text to the clipboard and keeps the message to show in a live region: `copied`
 * when it worked, else what `failed` makes of the text (the clipboard refuses without
 * permission or on an insecure origin, so the reader must be able to copy it by hand).
 */
export function useCopy(copied: string, failed: (text: string) => string) {
  const [message, setMessage] = useState('');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(copied);
    } catch {
      setMessage(failed(text));
    }
  };
  return { message, copy };
}
