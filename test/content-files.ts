import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { localeCodes, type Locale } from '../src/i18n/locales';

/** Reads content/ the way a reviewer would: raw files, no Astro in between. */
export const contentRoot = 'content';
/** Every language of the locale table, whose content must all be there. */
export const locales: readonly Locale[] = localeCodes;
export type { Locale };

export interface LessonFile {
  locale: Locale;
  slug: string;
  path: string;
  data: Record<string, any>;
  body: string;
}

export function readLessons(): LessonFile[] {
  return locales.flatMap((locale) => {
    const dir = join(contentRoot, 'lessons', locale);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const path = join(dir, name);
        const text = readFileSync(path, 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
        if (!match) throw new Error(`${path}: no front matter`);
        return { locale, slug: name.replace(/\.mdx$/, ''), path, data: parse(match[1]!), body: match[2]! };
      });
  });
}

export function readGlossary(): { id: string; path: string; data: Record<string, any> }[] {
  const dir = join(contentRoot, 'glossary');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const path = join(dir, name);
      return { id: name.replace(/\.yaml$/, ''), path, data: parse(readFileSync(path, 'utf8')) };
    });
}

export function readYaml(path: string): Record<string, any> {
  return parse(readFileSync(join(contentRoot, path), 'utf8'));
}
