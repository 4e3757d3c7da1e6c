import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readLessons, readYaml, locales, contentRoot, type LessonFile } from '../../content-files';
import { scriptProblems, strings } from '../../script-rules';

const lessons = readLessons();
const bySlug = Map.groupBy(lessons, (lesson) => lesson.slug);
const claimIds = new Set(Object.keys(readYaml('sources/claims.yaml')));
const prose = (lesson: LessonFile) =>
  [lesson.body, ...strings([lesson.data['title'], lesson.data['description'], lesson.data['objectives'], lesson.data['takeaways']]),
    ...strings((lesson.data['quiz'] ?? []).map((q: any) => [q.question, q.choices, q.explanation]))].join('\n');
const headings = (body: string) => body.match(/^#{2,3} /gm)?.map((h) => h.trim()) ?? [];
const used = (body: string, component: string) =>
  [...body.matchAll(new RegExp(`<${component} id="([^"]+)"`, 'g'))].map((m) => m[1]!);

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
      quiz: l.data['quiz']?.map((q: any) => `${q.id}:${q.choices.length}:${q.answer}`),
      headings: headings(l.body),
      claims: [...(l.data['claims'] ?? [])].sort(),
      calculators: used(l.body, 'Calculator'),
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
