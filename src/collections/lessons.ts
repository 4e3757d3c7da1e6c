import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';

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
