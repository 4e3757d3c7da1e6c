import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readLessons, readYaml, locales, contentRoot, type LessonFile } from '../../content-files';
import { scriptProblems, strings } from '../../script-rules';
import { calculatorIds, calculatorFields, type CalculatorId } from '../../../src/calculators/catalog';
import { validateField, type FieldSpec } from '../../../src/calculators/fields';

const lessons = readLessons();
const bySlug = Map.groupBy(lessons, (lesson) => lesson.slug);
const claimIds = new Set(Object.keys(readYaml('sources/claims.yaml')));
const prose = (lesson: LessonFile) =>
  [lesson.body, ...strings([lesson.data['title'], lesson.data['description'], lesson.data['objectives'], lesson.data['takeaways']]),
    ...strings((lesson.data['quiz'] ?? []).map((q: any) => [q.question, q.choices]))].join('\n');
const headings = (body: string) => body.match(/^#{2,3} /gm)?.map((h) => h.trim()) ?? [];
const used = (body: string, component: string) =>
  [...body.matchAll(new RegExp(`<${component} id="([^"]+)"`, 'g'))].map((m) => m[1]!);
/** Every calculator a lesson opens on the case, with the numbers it opens it on. */
const presets = (body: string) =>
  [...body.matchAll(/<(?:Calculator id|Practice calculator)="([^"]+)"(?: query="([^"]*)")?/g)].map((m) => `${m[1]}?${m[2] ?? ''}`);

describe('the course', () => {
  it('has at least ten lessons', () => {
    expect(bySlug.size).toBeGreaterThanOrEqual(10);
  });

  it.each([...bySlug.keys()])('%s exists in every language', (slug) => {
    expect(bySlug.get(slug)!.map((l) => l.locale).sort()).toEqual([...locales].sort());
  });

  it.each([...bySlug.keys()])('%s has the same shape in every language', (slug) => {
    const [first, ...others] = bySlug.get(slug)!;
    const shape = (l: LessonFile) => ({
      order: l.data['order'],
      objectives: l.data['objectives']?.length,
      takeaways: l.data['takeaways']?.length,
      quiz: l.data['quiz']?.map((q: any) => `${q.id}:${q.level}:${q.choices.length}:${q.answer}`),
      headings: headings(l.body),
      claims: [...(l.data['claims'] ?? [])].sort(),
      calculators: used(l.body, 'Calculator'),
      presets: presets(l.body),
    });
    for (const other of others) expect(shape(other), `${other.path} differs from ${first!.path}`).toEqual(shape(first!));
  });
});

describe.each(lessons.map((l) => [l.path, l] as const))('%s', (_path, lesson) => {
  it('uses only its own script\'s letters and digits', () => {
    expect(scriptProblems(lesson.locale, prose(lesson))).toEqual([]);
  });

  it('lists exactly the claims and terms its text marks, and they exist', () => {
    expect([...new Set(used(lesson.body, 'Claim'))].sort()).toEqual([...(lesson.data['claims'] ?? [])].sort());
    expect([...new Set(used(lesson.body, 'Term'))].sort()).toEqual([...(lesson.data['terms'] ?? [])].sort());
    for (const id of lesson.data['claims'] ?? []) expect(claimIds, `claim ${id}`).toContain(id);
    for (const id of lesson.data['terms'] ?? []) {
      expect(existsSync(join(contentRoot, 'glossary', `${id}.yaml`)), `glossary term ${id}`).toBe(true);
    }
  });
});

describe.each(lessons.filter((l) => l.locale === 'fa').map((l) => [l.path, l] as const))('%s', (_path, lesson) => {
  it('keeps Persian zero-width non-joiners', () => {
    expect(lesson.body).toContain('\u200C');
    // The verb prefix می/نمی is joined to its verb by a ZWNJ, never by a space.
    expect(prose(lesson)).not.toMatch(/(^|\s)(می|نمی) (?=[\u0600-\u06FF])/m);
  });
});

/** The running case's name in each language: every lesson works an example on it. */
const caseName = { en: 'Daybreak Roasters', ar: 'محمصة الفجر', fa: 'برشته‌کاری سپیده' } as const;

describe.each(lessons.map((l) => [l.path, l] as const))('%s as a lesson', (_path, lesson) => {
  it('works an example on the running case', () => {
    expect(lesson.body).toContain(caseName[lesson.locale]);
  });

  it('ends with a practice task on a preset calculator, with its worked answer', () => {
    const practice = lesson.body.lastIndexOf('<Practice ');
    expect(practice, 'a <Practice calculator="…" query="…"> block').toBeGreaterThan(-1);
    expect(lesson.body.slice(practice)).toMatch(/<Practice calculator="[a-z]+" query="[^"]+">[\s\S]+<Answer>[\s\S]+<\/Answer>\s*<\/Practice>\s*$/);
  });

  it('opens every calculator on numbers that calculator reads', () => {
    for (const preset of presets(lesson.body)) {
      const [id, query] = preset.split('?') as [CalculatorId, string];
      expect(calculatorIds, preset).toContain(id);
      const params = new URLSearchParams(query);
      expect([...params.keys()].length, `${preset}: no numbers`).toBeGreaterThan(0);
      for (const [name, value] of params) {
        const spec = (calculatorFields[id] as Record<string, FieldSpec>)[name];
        expect(spec, `${preset}: ${name} is not a field of ${id}`).toBeDefined();
        expect(validateField(spec!, value).ok, `${preset}: ${name}=${value}`).toBe(true);
      }
    }
  });

  it('tests understanding more than recall: at least five items, half of them applied', () => {
    const quiz: { level: string }[] = lesson.data['quiz'];
    expect(quiz.length).toBeGreaterThanOrEqual(5);
    expect(quiz.filter((q) => q.level === 'apply').length * 2).toBeGreaterThanOrEqual(quiz.length);
  });
});

describe.each(locales.map((locale) => [locale] as const))('the %s quizzes give nothing away', (locale) => {
  const items = lessons
    .filter((l) => l.locale === locale)
    .flatMap((l) => (l.data['quiz'] as { id: string; answer: number; choices: { text: string }[] }[]).map((q) => ({ ...q, lesson: l.slug })));

  it('spread the right answer over the positions: none holds more than 35%', () => {
    const counts = [0, 1, 2, 3].map((position) => items.filter((q) => q.answer === position).length);
    for (const count of counts) expect(count / items.length, `answers by position: ${counts.join(', ')}`).toBeLessThanOrEqual(0.35);
  });

  // A test-wise learner picks the longest choice, or the shortest: neither may pay.
  const strictly = (rank: 'longest' | 'shortest') =>
    items.filter((q) => {
      const lengths = q.choices.map((c) => [...c.text].length);
      const right = lengths[q.answer]!;
      return lengths.every((length, index) => index === q.answer || (rank === 'longest' ? length < right : length > right));
    });

  it('make the right choice strictly the longest in at most a quarter of the items', () => {
    const longest = strictly('longest');
    expect(longest.length / items.length, longest.map((q) => `${q.lesson}#${q.id}`).join(', ')).toBeLessThanOrEqual(0.25);
  });

  it('make the right choice strictly the shortest in at most 35% of the items', () => {
    const shortest = strictly('shortest');
    expect(shortest.length / items.length, shortest.map((q) => `${q.lesson}#${q.id}`).join(', ')).toBeLessThanOrEqual(0.35);
  });
});

describe.each(locales.map((locale) => [locale] as const))('%s lessons teach each passage once', (locale) => {
  it('share no sentence of twelve or more words between two lessons', () => {
    const sentencesOf = (text: string) =>
      text
        .replace(/<[^>]+>/g, ' ')
        .split(/(?<=[.!?؟۔])\s+|\n+/)
        .map((s) => s.replace(/[^\p{L}\p{N}\s\u200C]/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase())
        .filter((s) => s.split(' ').length >= 12);
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const lesson of lessons.filter((l) => l.locale === locale)) {
      for (const sentence of new Set(sentencesOf(prose(lesson)))) {
        const other = seen.get(sentence);
        if (other && other !== lesson.slug) repeated.push(`${other} and ${lesson.slug}: ${sentence}`);
        seen.set(sentence, lesson.slug);
      }
    }
    expect(repeated).toEqual([]);
  });
});
