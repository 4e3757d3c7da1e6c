import { localeCodes } from '../i18n/locales';
import { sitePaths } from '../i18n/paths';

/**
 * Lessons whose slug changed, old slug → the lesson that now teaches what it taught.
 * Trainers have shared these addresses, so each keeps answering with a redirect.
 */
export const movedLessons: Readonly<Record<string, string>> = {
  'measuring-retention-and-win-back': 'measuring-retention',
};

/**
 * Astro's `redirects`, in every language: a page with a meta refresh and a canonical link.
 * Astro takes the old address under the site's `base` but writes the new one as given, so
 * that one carries the base.
 */
export function lessonRedirects(base: string): Record<string, string> {
  const { localizedPath } = sitePaths(base);
  return Object.fromEntries(
    localeCodes.flatMap((locale) =>
      Object.entries(movedLessons).map(([from, to]) => [`/${locale}/lessons/${from}/`, localizedPath(locale, `lessons/${to}/`)]),
    ),
  );
}
