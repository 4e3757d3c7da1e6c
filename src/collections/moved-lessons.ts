import { localeCodes } from '../i18n/locales';

/**
 * Lessons whose slug changed, old slug → the lesson that now teaches what it taught.
 * Trainers have shared these addresses, so each keeps answering with a redirect.
 */
export const movedLessons: Readonly<Record<string, string>> = {
  'measuring-retention-and-win-back': 'measuring-retention',
};

/** Astro's `redirects`, in every language: a page with a meta refresh and a canonical link. */
export function lessonRedirects(): Record<string, string> {
  return Object.fromEntries(
    localeCodes.flatMap((locale) =>
      Object.entries(movedLessons).map(([from, to]) => [`/${locale}/lessons/${from}/`, `/${locale}/lessons/${to}/`]),
    ),
  );
}
