import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales';
import { localizedPath } from '../i18n/paths';
import type { CourseLesson } from '../islands/CourseProgress';

export type Lesson = CollectionEntry<'lessons'>;

/** `ar/what-each-costs` → `what-each-costs`: the slug is shared by all languages. */
export function lessonSlug(lesson: Lesson): string {
  return lesson.id.slice(lesson.id.indexOf('/') + 1);
}

/** The course in one language, in teaching order. */
export async function getLessons(locale: Locale): Promise<Lesson[]> {
  const lessons = await getCollection('lessons', (lesson) => lesson.id.startsWith(`${locale}/`));
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

/** A lesson as the course's lists and progress islands need it: slug, title and address. */
export function lessonLink(locale: Locale, lesson: Lesson): CourseLesson {
  const slug = lessonSlug(lesson);
  return { slug, title: lesson.data.title, href: localizedPath(locale, `lessons/${slug}/`) };
}

/** Adult silent-reading speed for English non-fiction. */
const WORDS_PER_MINUTE = 200;

/**
 * Reading time in whole minutes, counted from the text, never typed. Every language counts
 * the English version's words: the three say the same thing, but Arabic joins articles and
 * prepositions to the word after them and Persian writes compounds with a non-joiner, so
 * their word counts (and estimates) would differ for the same lesson.
 */
export async function readingMinutes(lesson: Lesson): Promise<number> {
  const source = (await getEntry('lessons', `${defaultLocale}/${lessonSlug(lesson)}`)) ?? lesson;
  const text = (source.body ?? '').replace(/<[^>]*>/g, ' ').replace(/[#*_|`>-]/g, ' ');
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
