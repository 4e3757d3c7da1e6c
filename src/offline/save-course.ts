import { locales, type Locale } from '../i18n/locales';
import { cacheName, type CourseList } from './rules';

/** Files fetched at once: enough to fill a slow line, few enough not to crowd out the reader's page. */
const parallel = 4;

/** Storage the browser refused to give: the reader must free space. */
export const isFull = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/** A size for the reader, in megabytes and the language's digits. */
export function megabytes(locale: Locale, bytes: number): string {
  return new Intl.NumberFormat(locales[locale].intl, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
    bytes / 1_000_000,
  );
}

/** Whether the space the browser reports left is too little for `bytes`; unknown counts as enough. */
export async function tooLittleSpace(bytes: number): Promise<boolean> {
  const { quota, usage } = (await navigator.storage?.estimate?.()) ?? {};
  return quota !== undefined && usage !== undefined && quota - usage < bytes;
}

/**
 * Fetches every file of the list into the cache the build's worker serves from, telling
 * `onBytes` as each arrives. The list goes in last: its presence means the language is
 * saved (src/offline/worker.ts saves it again under the next build).
 */
export async function download(listUrl: string, list: CourseList, onBytes: (bytes: number) => void) {
  const cache = await caches.open(cacheName(list.version));
  const queue = [...list.files];
  // Once one file fails the save is over: the other downloads stop taking files and report
  // nothing more, so no progress arrives after the reader has been told what went wrong.
  let failed = false;
  const next = async (): Promise<void> => {
    const file = queue.shift();
    if (!file || failed) return;
    try {
      const response = await fetch(file.url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
      await cache.put(file.url, response);
    } catch (error) {
      failed = true;
      throw error;
    }
    if (!failed) onBytes(file.bytes);
    return next();
  };
  await Promise.all(Array.from({ length: parallel }, next));
  await cache.put(listUrl, new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }));
}
