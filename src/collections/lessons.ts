import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
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

/** Adult silent-reading speed for non-fiction, roughly the same across these scripts. */
const WORDS_PER_MINUTE = 200;

/** Reading time in whole minutes, counted from the lesson's own text, never typed. */
export function readingMinutes(lesson: Lesson): number {
  const text = (lesson.body ?? '').replace(/<[^>]*>/g, ' ').replace(/[#*_|`>-]/g, ' ');
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
