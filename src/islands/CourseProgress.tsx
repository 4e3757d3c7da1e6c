import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fill, fillPlural, type PluralTemplates } from '../i18n/island-strings';
import { browserStorage, readProgress, type Progress } from '../progress/store';

export interface CourseLesson {
  slug: string;
  title: string;
  href: string;
}

interface Props {
  locale: Locale;
  lessons: CourseLesson[];
  strings: { summary: PluralTemplates; continueWith: string };
}

/**
 * "3 of 10 lessons done" and the next lesson to read. Progress lives only in the
 * reader's browser, so the server renders nothing and this fills in after hydration.
 */
export default function CourseProgress({ locale, lessons, strings }: Props) {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => setProgress(readProgress(browserStorage())), []);
  if (!progress) return null;

  const done = lessons.filter((lesson) => progress[lesson.slug]?.done).length;
  if (done === 0) return null;
  const next = lessons.find((lesson) => !progress[lesson.slug]?.done);

  return (
    <div class="course-progress">
      <p>
        <progress max={lessons.length} value={done} aria-hidden="true" /> {fillPlural(locale, strings.summary, lessons.length, { done })}
      </p>
      {next && (
        <p>
          {fill(locale, strings.continueWith, {})}: <a href={next.href}>{next.title}</a>
        </p>
      )}
    </div>
  );
}
