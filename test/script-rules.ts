import type { Locale } from './content-files';

/**
 * What a careful editor checks in Arabic and Persian text and no reader can see:
 * the wrong language's yeh and kaf, presentation forms, and Latin digits in prose.
 * Returns one message per problem, quoting the offending characters.
 */
export function scriptProblems(locale: Locale, text: string): string[] {
  const prose = text
    .replace(/<Bdi>[^<]*<\/Bdi>/g, ' ') // isolated Latin runs in MDX
    .replace(/<[^>]*>/g, ' ') // component tags and their attributes (ids, not prose)
    .replace(/\]\([^)\s]*\)/g, ']') // Markdown link targets: addresses, not prose
    .replace(/^\s*\d+\.\s/gm, ' ') // Markdown list numbers: markup, drawn in the locale's digits by CSS
    .replace(/\u2068[^\u2069]*\u2069/g, ' '); // isolated Latin runs
  const problems: string[] = [];
  const find = (pattern: RegExp, message: string) => {
    const hits = prose.match(pattern);
    if (hits) problems.push(`${message}: ${[...new Set(hits)].slice(0, 5).join(' ')}`);
  };
  find(/[\uFB50-\uFDFF\uFE70-\uFEFF]/g, 'Arabic presentation forms');
  if (locale === 'fa') {
    find(/\S*[\u064A\u0643]\S*/g, 'Arabic yeh or kaf in Persian (use ی ک)');
    find(/\S*[\u0660-\u0669]\S*/g, 'Arabic-Indic digits in Persian (use ۰-۹)');
  }
  if (locale === 'ar') {
    find(/\S*[\u06CC\u06A9]\S*/g, 'Persian yeh or kaf in Arabic (use ي ك)');
    find(/\S*[\u06F0-\u06F9]\S*/g, 'Persian digits in Arabic (use ٠-٩)');
  }
  if (locale !== 'en') {
    find(/\S*[0-9]\S*/g, 'Latin digits in prose');
    // Unisolated Latin runs jump around in right-to-left text.
    find(/[A-Za-z][A-Za-z.-]*/g, 'Latin text outside <Bdi> or an isolate');
  }
  return problems;
}

/** Every string inside a parsed YAML value, flattened. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
