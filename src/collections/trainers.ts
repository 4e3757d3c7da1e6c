import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { localizedPath } from '../i18n/paths';
import { getLessons, type Lesson } from './lessons';

export type TrainerLesson = CollectionEntry<'trainerLessons'>;
export type TrainerCourse = CollectionEntry<'trainerCourse'>;

/** The trainer's guide of a language, if its content/trainers/<locale>/course.yaml exists yet. */
export async function getTrainerCourse(locale: Locale): Promise<TrainerCourse | undefined> {
  return getEntry('trainerCourse', `${locale}/course`);
}

/** Where a page of the trainer's kit lives: `trainers/`, `trainers/<slug>/`, `trainers/<slug>/slides/`. */
export function trainerPath(locale: Locale, slug?: string, slides = false): string {
  return localizedPath(locale, `trainers/${slug ? `${slug}/` : ''}${slides ? 'slides/' : ''}`);
}

/**
 * Every lesson that has its trainer's notes, with them, in course order: the routes of the
 * trainer pages and slides. A lesson the writers have not reached yet has no page.
 */
export async function getTrainerLessons(): Promise<{ locale: Locale; lesson: Lesson; notes: TrainerLesson; course: Lesson[] }[]> {
  const notes = new Map((await getCollection('trainerLessons')).map((entry) => [entry.id, entry]));
  const locales = [...new Set([...notes.keys()].map((id) => id.split('/')[0] as Locale))];
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const course = await getLessons(locale);
      return course.flatMap((lesson) => {
        const entry = notes.get(lesson.id);
        return entry ? [{ locale, lesson, notes: entry, course }] : [];
      });
    }),
  );
  return perLocale.flat();
}

/** A lesson's quiz as an answer key: each question with its right choice and the reason it is right. */
export function answerKey(lesson: Lesson) {
  return lesson.data.quiz.map(({ id, question, choices, answer }) => ({
    id,
    question,
    answer: choices[answer]!.text,
    reasoning: choices[answer]!.feedback,
  }));
}
