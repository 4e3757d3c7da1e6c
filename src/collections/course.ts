import { getEntry, render } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { localizedPath } from '../i18n/paths';
import { getLessons, lessonSlug } from './lessons';
import type { FinalTestItem } from '../islands/FinalTest';

/** Heading text as written and as rendered: Markdown turns straight quotes into curly ones. */
const plain = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const sameText = (rendered: string, written: string) => plain(rendered) === plain(written);

/**
 * The final test in one language, each item pointing at the heading that teaches it.
 * A heading that no longer exists fails the build, not a learner's click.
 */
export async function getFinalTest(locale: Locale): Promise<FinalTestItem[]> {
  const test = await getEntry('finalTest', locale);
  if (!test) throw new Error(`content/final-test/${locale}.yaml is missing`);
  const lessons = new Map((await getLessons(locale)).map((lesson) => [lessonSlug(lesson), lesson]));
  return Promise.all(
    test.data.items.map(async ({ lesson: slug, section, ...item }) => {
      const lesson = lessons.get(slug);
      if (!lesson) throw new Error(`final test ${locale}, ${item.id}: no lesson ${slug}`);
      const { headings } = await render(lesson);
      const heading = headings.find((h) => sameText(h.text, section));
      if (!heading) throw new Error(`final test ${locale}, ${item.id}: lesson ${slug} has no heading "${section}"`);
      return {
        ...item,
        revisit: {
          lesson: slug,
          href: localizedPath(locale, `lessons/${slug}/#${heading.slug}`),
          title: `${lesson.data.title}: ${section}`,
        },
      };
    }),
  );
}
