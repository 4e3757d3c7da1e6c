import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readLessons, readYaml, locales, type Locale } from '../../content-files';
import { scriptProblems, strings } from '../../script-rules';

// What the course holds beyond its lessons: the final test, the capstone and the
// formulas of the recap, in every language.
const lessons = readLessons();
const headingsOf = (locale: Locale, slug: string) =>
  (lessons.find((l) => l.locale === locale && l.slug === slug)?.body.match(/^#{2,3} .+$/gm) ?? []).map((h) => h.replace(/^#+ /, '').trim());

interface Item {
  id: string;
  level: string;
  lesson: string;
  section: string;
  question: string;
  answer: number;
  choices: { text: string; feedback: string }[];
}
const finalTest = (locale: Locale): Item[] => parse(readFileSync(`content/final-test/${locale}.yaml`, 'utf8')).items;

describe.each(locales.map((locale) => [locale] as const))('the %s final test', (locale) => {
  const items = finalTest(locale);

  it('has twenty items, at least twelve of them applied', () => {
    expect(items).toHaveLength(20);
    expect(items.filter((item) => item.level === 'apply').length).toBeGreaterThanOrEqual(12);
  });

  it('asks the same items, with the same answers, as in English', () => {
    const shape = (list: Item[]) => list.map((item) => `${item.id}:${item.level}:${item.lesson}:${item.answer}:${item.choices.length}`);
    expect(shape(items)).toEqual(shape(finalTest('en')));
  });

  it('covers the whole course, and points each item at a heading that teaches it', () => {
    const slugs = new Set(lessons.filter((l) => l.locale === locale).map((l) => l.slug));
    expect(new Set(items.map((item) => item.lesson))).toEqual(slugs);
    for (const item of items) expect(headingsOf(locale, item.lesson), `${item.id}: "${item.section}"`).toContain(item.section);
  });

  it('gives nothing away: no position over 35%, the right choice strictly longest in at most a quarter', () => {
    const counts = [0, 1, 2, 3].map((position) => items.filter((item) => item.answer === position).length);
    for (const count of counts) expect(count / items.length, counts.join(', ')).toBeLessThanOrEqual(0.35);
    const longest = items.filter((item) => {
      const lengths = item.choices.map((choice) => [...choice.text].length);
      return lengths.every((length, index) => index === item.answer || length < lengths[item.answer]!);
    });
    expect(longest.length / items.length, longest.map((item) => item.id).join(', ')).toBeLessThanOrEqual(0.25);
  });

  it('uses only its own script\'s letters and digits', () => {
    expect(scriptProblems(locale, strings(items.map(({ question, choices }) => [question, choices])).join('\n'))).toEqual([]);
  });
});

describe.each(locales.map((locale) => [locale] as const))('the %s capstone', (locale) => {
  const path = `content/pages/${locale}/capstone.mdx`;

  it('exists, with a brief, a rubric and a model answer', () => {
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^\|.+\|$/m); // the rubric is a table
    expect(text).toMatch(/<Answer>[\s\S]+<\/Answer>/);
    expect(text).toMatch(/<Practice calculator="[a-z]+" query="[^"]+">/);
  });

  it('uses only its own script\'s letters and digits', () => {
    const body = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---/, (front) => strings(parse(front.slice(3, -3))).join('\n'));
    expect(scriptProblems(locale, body)).toEqual([]);
  });
});

describe('the formulas of the recap', () => {
  const formulas = readYaml('formulas.yaml');
  const slugs = new Set(lessons.map((l) => l.slug));

  it.each(Object.entries(formulas))('%s names a lesson and reads in every script', (_id, formula: any) => {
    expect(slugs).toContain(formula.lesson);
    for (const locale of locales) expect(scriptProblems(locale, strings(formula[locale]).join('\n'))).toEqual([]);
  });
});
