import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLessons, readYaml, locales, contentRoot, type Locale } from '../../content-files';
import { scriptProblems, strings } from '../../script-rules';
import { calculatorIds, type CalculatorId } from '../../../src/calculators/catalog';
import { presetProblems } from '../../../src/calculators/presets';

// The trainer's kit (content/trainers/<locale>/): the course guide, the capstone's marking
// notes and one file of notes per lesson. Each language is checked as soon as its guide
// exists; the last test requires them all.

/** The course is taught as classes of this length (the contract the guide's sessions follow). */
const classMinutes = 90;
const dir = (locale: Locale) => join(contentRoot, 'trainers', locale);
const present = locales.filter((locale) => existsSync(join(dir(locale), 'course.yaml')));
const lessons = readLessons();
/** A language's lesson slugs in course order. */
const courseOrder = (locale: Locale) =>
  lessons
    .filter((lesson) => lesson.locale === locale)
    .sort((a, b) => a.data['order'] - b.data['order'])
    .map((lesson) => lesson.slug);
const notesOf = (locale: Locale, name: string) => readYaml(`trainers/${locale}/${name}.yaml`);
const planMinutes = (plan: { minutes: number }[]) => plan.reduce((sum, step) => sum + step.minutes, 0);

describe.each(present.map((locale) => [locale] as const))('the %s trainer notes', (locale) => {
  const slugs = courseOrder(locale);
  const course = notesOf(locale, 'course');
  const written = slugs.filter((slug) => existsSync(join(dir(locale), `${slug}.yaml`)));
  // Checked for what is written; the first test says what is missing.
  const capstone = existsSync(join(dir(locale), 'capstone.yaml')) ? notesOf(locale, 'capstone') : undefined;

  it('have a file for every lesson, and nothing else besides the guide and the capstone', () => {
    expect(written).toEqual(slugs);
    const files = readdirSync(dir(locale)).map((name) => name.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual([...slugs, 'course', 'capstone'].sort());
  });

  it('run the lessons in sessions that take each exactly once, in course order', () => {
    expect(course.sessions.flatMap((session: { lessons: string[] }) => session.lessons)).toEqual(slugs);
  });

  it(`fit each session in a class of ${classMinutes} minutes, the last with the capstone`, () => {
    course.sessions.forEach((session: { lessons: string[] }, index: number) => {
      const minutes = session.lessons.filter((slug) => written.includes(slug)).reduce((sum, slug) => sum + notesOf(locale, slug).minutes, 0);
      const total = minutes + (index === course.sessions.length - 1 ? (capstone?.minutes ?? 0) : 0);
      expect(total, `session ${index + 1}`).toBeLessThanOrEqual(classMinutes);
    });
  });

  it.each(written)('%s: a plan whose minutes add up, three to five prompts, and an exercise on a calculator it can open', (slug) => {
    const notes = notesOf(locale, slug);
    expect(planMinutes(notes.plan)).toBe(notes.minutes);
    expect(notes.prompts.length).toBeGreaterThanOrEqual(3);
    expect(notes.prompts.length).toBeLessThanOrEqual(5);
    const { calculator, query } = notes.exercise;
    if (query !== undefined) expect(calculator, 'a query needs its calculator').toBeDefined();
    if (calculator !== undefined) {
      expect(calculatorIds).toContain(calculator);
      if (query !== undefined) expect(presetProblems(calculator as CalculatorId, query)).toEqual([]);
    }
  });

  it.runIf(capstone)("times the capstone's session to its minutes", () => {
    expect(planMinutes(capstone!.plan)).toBe(capstone!.minutes);
  });

  it("uses only its own script's letters and digits", () => {
    // Lesson slugs, calculator ids and query strings are addresses, not prose.
    const { sessions, ...guide } = course;
    const prose = [guide, sessions.map(({ title, focus }: { title: string; focus: string }) => [title, focus]), capstone ?? []];
    for (const slug of written) {
      const { exercise, ...notes } = notesOf(locale, slug);
      prose.push(notes, [exercise.title, exercise.task, exercise.answer]);
    }
    expect(scriptProblems(locale, strings(prose).join('\n'))).toEqual([]);
  });
});

describe('the trainer notes', () => {
  it('exist in every language', () => {
    expect(present).toEqual(locales);
  });
});
