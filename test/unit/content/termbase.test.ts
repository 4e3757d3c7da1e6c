import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readGlossary, readLessons, readYaml, locales, type Locale } from '../../content-files';
import { strings } from '../../script-rules';

/**
 * The glossary is the course's termbase: each entry names, per language, the variants the
 * course never uses (calques, wrong names), and content/sources/names.yaml does the same
 * for people, firms and publications. Once a variant is fixed it stays fixed: no lesson,
 * glossary entry, source note, trainer note or interface string may use it again.
 */
interface Rule {
  variant: string;
  /** Where the rule is written, for the failure message. */
  origin: string;
}

const glossary = readGlossary();
const names: Record<string, Record<Locale, { name: string; avoid?: string[] }>> = existsSync('content/sources/names.yaml')
  ? readYaml('sources/names.yaml')
  : {};

function rulesFor(locale: Locale): Rule[] {
  const fromGlossary = glossary.flatMap(({ id, data }) =>
    ((data[locale]?.avoid ?? []) as string[]).map((variant) => ({ variant, origin: `glossary/${id}` })),
  );
  const fromNames = Object.entries(names).flatMap(([id, entry]) =>
    (entry[locale]?.avoid ?? []).map((variant) => ({ variant, origin: `names/${id}` })),
  );
  return [...fromGlossary, ...fromNames];
}

/** Every text a reader of `locale` sees, by the file it comes from; the avoid lists themselves left out. */
function textsFor(locale: Locale): [string, string][] {
  const withoutAvoid = (entry: Record<string, unknown> | undefined) => {
    const { avoid: _avoid, ...rest } = entry ?? {};
    return strings(rest).join('\n');
  };
  const lessons = readLessons()
    .filter((lesson) => lesson.locale === locale)
    .map((lesson): [string, string] => [lesson.path, `${strings(lesson.data).join('\n')}\n${lesson.body}`]);
  const entries = glossary.map(({ path, data }): [string, string] => [path, withoutAvoid(data[locale])]);
  const sources = ['sources/claims.yaml', 'sources/articles.yaml'].map((file): [string, string] => [
    file,
    Object.values(readYaml(file))
      .flatMap((item: Record<string, any>) => Object.values(item).map((field) => field?.[locale]))
      .filter((value) => typeof value === 'string')
      .join('\n'),
  ]);
  const trainerDir = `trainers/${locale}`;
  const trainerNotes = existsSync(`content/${trainerDir}`)
    ? readdirSync(`content/${trainerDir}`).map((file): [string, string] => [
        `${trainerDir}/${file}`,
        strings(readYaml(`${trainerDir}/${file}`)).join('\n'),
      ])
    : [];
  const ui: [string, string] = [`src/i18n/ui/${locale}.json`, Object.values(JSON.parse(readFileSync(`src/i18n/ui/${locale}.json`, 'utf8'))).join('\n')];
  return [...lessons, ...entries, ...sources, ...trainerNotes, ui];
}

const normalise = (locale: Locale, text: string) => (locale === 'en' ? text.toLowerCase() : text);

describe.each(locales.map((locale) => [locale] as const))('the %s termbase', (locale) => {
  const rules = rulesFor(locale);

  it('lists variants to avoid', () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  it('never avoids a preferred term', () => {
    const preferred = [
      ...glossary.map(({ id, data }) => [id, data[locale]?.term as string] as const),
      ...Object.entries(names).map(([id, entry]) => [id, entry[locale]?.name] as const),
    ];
    const clashes = rules.flatMap(({ variant, origin }) =>
      preferred
        .filter(([, term]) => term && normalise(locale, term).includes(normalise(locale, variant)))
        .map(([id, term]) => `${origin} avoids «${variant}», which is in the preferred «${term}» (${id})`),
    );
    expect(clashes).toEqual([]);
  });

  it('is kept by every lesson, glossary entry, source note, trainer note and interface string', () => {
    const found = textsFor(locale).flatMap(([file, text]) =>
      rules
        .filter(({ variant }) => normalise(locale, text).includes(normalise(locale, variant)))
        .map(({ variant, origin }) => `${file} uses «${variant}» (${origin})`),
    );
    expect(found).toEqual([]);
  });
});
