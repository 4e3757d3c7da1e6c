import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fill } from '../i18n/island-strings';
import { browserStorage, readProgress, type LessonProgress } from '../progress/store';

interface Props {
  locale: Locale;
  lesson: string;
  strings: { done: string; quiz: string };
}

/** "Done · Quiz 3/4" beside a lesson in the index, from the reader's own browser. */
export default function LessonStatus({ locale, lesson, strings }: Props) {
  const [progress, setProgress] = useState<LessonProgress | undefined>();
  useEffect(() => setProgress(readProgress(browserStorage())[lesson]), [lesson]);
  if (!progress) return null;

  const parts = [progress.done ? strings.done : null, progress.quiz ? fill(locale, strings.quiz, progress.quiz) : null].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <span class={progress.done ? 'lesson-status is-done' : 'lesson-status'}>
      {progress.done && <span aria-hidden="true">✓ </span>}
      {parts.join(' · ')}
    </span>
  );
}
