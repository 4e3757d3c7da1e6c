import { cacheName, type CourseList } from './rules';

/** Files fetched at once: enough to fill a slow line, few enough not to crowd out the reader's page. */
const parallel = 4;

/** Storage the browser refused to give: the reader must free space. */
const isFull = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/** A size for the reader, in megabytes and the language's digits. */
function megabytes(bytes: number, intl: string | undefined): string {
  return new Intl.NumberFormat(intl, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}

/**
 * Fetches every file of the list into the cache the build's worker serves from, counting
 * bytes into `progress`. The list goes in last: its presence means the language is saved
 * (src/offline/worker.ts saves it again under the next build).
 */
async function download(listUrl: string, list: CourseList, progress: HTMLProgressElement) {
  const cache = await caches.open(cacheName(list.version));
  const queue = [...list.files];
  progress.max = list.bytes;
  progress.value = 0;
  const next = async (): Promise<void> => {
    const file = queue.shift();
    if (!file) return;
    const response = await fetch(file.url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
    await cache.put(file.url, response);
    progress.value += file.bytes;
    return next();
  };
  await Promise.all(Array.from({ length: parallel }, next));
  await cache.put(listUrl, new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }));
}

/** The "save the course" control (SaveCourse.astro): says how large the course is, then saves it with a progress bar. */
export function setUpSaveCourse(section: HTMLElement) {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const { list: listUrl = '', intl, size = '', done = '', full = '', refused = '', failed = '' } = section.dataset;
  const start = section.querySelector<HTMLButtonElement>('.save-start')!;
  const confirm = section.querySelector<HTMLElement>('.save-confirm')!;
  const go = section.querySelector<HTMLButtonElement>('.save-go')!;
  const progress = section.querySelector<HTMLProgressElement>('.save-progress')!;
  const status = section.querySelector<HTMLElement>('.save-status')!;
  let list: CourseList | undefined;
  section.hidden = false;
  // Saved before, under this build or the last: say so.
  void caches.match(listUrl).then((saved) => {
    if (saved) status.textContent = done;
  });

  start.addEventListener('click', async () => {
    status.textContent = '';
    try {
      const response = await fetch(listUrl, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${listUrl}: ${response.status}`);
      list = (await response.json()) as CourseList;
    } catch {
      status.textContent = failed;
      return;
    }
    section.querySelector('.save-size')!.textContent = size.replace('{{size}}', megabytes(list.bytes, intl));
    confirm.hidden = false;
    go.focus();
  });

  section.querySelector('.save-cancel')!.addEventListener('click', () => {
    confirm.hidden = true;
    start.focus();
  });

  go.addEventListener('click', async () => {
    if (!list) return;
    confirm.hidden = true;
    start.disabled = true;
    status.textContent = '';
    try {
      const { quota, usage } = (await navigator.storage?.estimate?.()) ?? {};
      if (quota !== undefined && usage !== undefined && quota - usage < list.bytes) {
        status.textContent = full;
        return;
      }
      // Asked for, not required: without it the browser may evict the copy under pressure, and the reader is told.
      const kept = (await navigator.storage?.persist?.()) ?? true;
      progress.hidden = false;
      await download(listUrl, list, progress);
      status.textContent = kept ? done : `${done} ${refused}`;
    } catch (error) {
      status.textContent = isFull(error) ? full : failed;
    } finally {
      progress.hidden = true;
      start.disabled = false;
    }
  });
}
