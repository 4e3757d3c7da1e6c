import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../i18n/island-strings';
import type { Locale } from '../i18n/locales';
import type { CourseList } from '../offline/rules';
import { download, isFull, megabytes, tooLittleSpace } from '../offline/save-course';

interface Props {
  locale: Locale;
  /** `/<locale>/offline/course.json` under the site's base. */
  listUrl: string;
  strings: {
    heading: string;
    intro: string;
    button: string;
    size: string;
    confirm: string;
    cancel: string;
    progress: string;
    done: string;
    full: string;
    refused: string;
    failed: string;
  };
}

/**
 * "Save the course for offline use": says how large the language's course is, then saves
 * it into the service worker's cache with a progress bar. Renders nothing where service
 * workers or the Cache API are missing, and so nothing before hydration: the page is then
 * as it was without it.
 */
export default function SaveCourse({ locale, listUrl, strings }: Props) {
  const [supported, setSupported] = useState(false);
  const [list, setList] = useState<CourseList>();
  /** Bytes saved so far of how many, while saving. */
  const [progress, setProgress] = useState<{ received: number; total: number }>();
  const [status, setStatus] = useState('');
  const go = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    setSupported(true);
    // Saved before, under this build or the last.
    void caches.match(listUrl).then((saved) => saved && setStatus(strings.done));
  }, [listUrl, strings.done]);
  useEffect(() => {
    if (list) go.current?.focus();
  }, [list]);

  if (!supported) return null;

  const ask = async () => {
    setStatus('');
    try {
      const response = await fetch(listUrl, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${listUrl}: ${response.status}`);
      setList((await response.json()) as CourseList);
    } catch {
      setStatus(strings.failed);
    }
  };

  const save = async (asked: CourseList) => {
    setList(undefined);
    try {
      if (await tooLittleSpace(asked.bytes)) {
        setStatus(strings.full);
        return;
      }
      // Asked for, not required: without it the browser may evict the copy when space runs low, and the reader is told.
      const kept = (await navigator.storage?.persist?.()) ?? true;
      let received = 0;
      setProgress({ received, total: asked.bytes });
      await download(listUrl, asked, (bytes) => setProgress({ received: (received += bytes), total: asked.bytes }));
      setStatus(kept ? strings.done : `${strings.done} ${strings.refused}`);
    } catch (error) {
      setStatus(isFull(error) ? strings.full : strings.failed);
    } finally {
      setProgress(undefined);
      start.current?.focus();
    }
  };

  return (
    <section class="save-course" aria-labelledby="save-course-heading">
      <h2 id="save-course-heading">{strings.heading}</h2>
      <p>{strings.intro}</p>
      <p>
        <button type="button" ref={start} onClick={ask} disabled={progress !== undefined}>
          {strings.button}
        </button>
      </p>
      {list && (
        <div>
          <p class="save-size">{fill(locale, strings.size, { size: megabytes(locale, list.bytes) })}</p>
          <p class="save-buttons">
            <button type="button" ref={go} onClick={() => void save(list)}>
              {strings.confirm}
            </button>
            <button type="button" onClick={() => setList(undefined)}>
              {strings.cancel}
            </button>
          </p>
        </div>
      )}
      {progress && <progress class="save-progress" aria-label={strings.progress} max={progress.total} value={progress.received} />}
      <p class="save-status" role="status">
        {status}
      </p>
    </section>
  );
}
