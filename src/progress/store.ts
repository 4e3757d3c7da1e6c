/**
 * A reader's progress, kept in their own browser. Storage may be missing, full,
 * blocked by privacy settings, or hold anything at all (an old format, another site's
 * test, a hand edit): every read validates, every failure means "no progress yet", and
 * nothing here ever throws into the page.
 */
export interface LessonProgress {
  done: boolean;
  /** The best quiz result so far. */
  quiz?: { correct: number; total: number };
}
export type Progress = Record<string, LessonProgress>;

export const STORAGE_KEY = 'keep-or-win:progress:v1';

/** The slice of the Web Storage API this module needs; tests pass a fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function parseLessonProgress(value: unknown): LessonProgress | null {
  if (!value || typeof value !== 'object') return null;
  const { done, quiz } = value as Record<string, unknown>;
  if (typeof done !== 'boolean') return null;
  if (quiz && typeof quiz === 'object') {
    const { correct, total } = quiz as Record<string, unknown>;
    if (isCount(correct) && isCount(total) && total > 0 && correct <= total) return { done, quiz: { correct, total } };
  }
  return { done };
}

export function readProgress(storage: KeyValueStorage | undefined): Progress {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const progress: Progress = {};
    for (const [slug, value] of Object.entries(parsed)) {
      const lesson = parseLessonProgress(value);
      if (lesson) progress[slug] = lesson;
    }
    return progress;
  } catch {
    return {};
  }
}

/** Applies `change` to one lesson's progress and saves; returns what is now known. */
export function updateLesson(
  storage: KeyValueStorage | undefined,
  slug: string,
  change: (current: LessonProgress) => LessonProgress,
): Progress {
  const progress = readProgress(storage);
  progress[slug] = change(progress[slug] ?? { done: false });
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Full or blocked: the reader keeps this page's state, just not across visits.
  }
  return progress;
}

/** Keeps the better of two quiz results. */
export function bestQuiz(previous: LessonProgress['quiz'], latest: { correct: number; total: number }): { correct: number; total: number } {
  return previous && previous.total === latest.total && previous.correct >= latest.correct ? previous : latest;
}

/** `window.localStorage`, or undefined where merely touching it throws (blocked cookies). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The best result of the course's final test, and when it was reached. */
export interface FinalTestResult {
  correct: number;
  total: number;
  /** ISO date (YYYY-MM-DD) of the attempt that scored it. */
  date: string;
}

export const FINAL_TEST_KEY = 'keep-or-win:final-test:v1';

/** The pass mark, as a share of the items. */
export const PASS_MARK = 0.7;

export const passed = (result: Pick<FinalTestResult, 'correct' | 'total'>) => result.correct >= PASS_MARK * result.total;

export function readFinalTest(storage: KeyValueStorage | undefined): FinalTestResult | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(FINAL_TEST_KEY) ?? 'null');
    if (!parsed || typeof parsed !== 'object') return null;
    const { correct, total, date } = parsed as Record<string, unknown>;
    if (!isCount(correct) || !isCount(total) || total === 0 || correct > total) return null;
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return null;
    return { correct, total, date };
  } catch {
    return null;
  }
}

/** Keeps the better of the stored result and `latest`, and returns the one kept. */
export function recordFinalTest(storage: KeyValueStorage | undefined, latest: FinalTestResult): FinalTestResult {
  const previous = readFinalTest(storage);
  const kept = previous && previous.total === latest.total && previous.correct >= latest.correct ? previous : latest;
  try {
    storage?.setItem(FINAL_TEST_KEY, JSON.stringify(kept));
  } catch {
    // Full or blocked: the result still shows on this page.
  }
  return kept;
}
