/**
 * Finds locale codes written into source code, where a new row of the locale table
 * (src/i18n/locales.ts) would not reach: a quoted code ('fa', "ar", `en`), a property
 * access (`.fa`, `data.ar.term`), an object key (`{ en: … }`), a variable named after one
 * (`import ar from`), and in markup and CSS `lang=fa` and `:lang(ar)`. Comments are left
 * out: they may give examples. Words that merely contain a code (`entries`, `far`,
 * `'./ui/en.json'`) are not codes.
 */
export function localeLiterals(source: string, codes: readonly string[]): string[] {
  const code = `(?:${codes.join('|')})`;
  const patterns = [
    new RegExp(`(['"\`])${code}\\1`, 'g'), // 'fa'
    new RegExp(`\\.${code}(?![\\w$-])`, 'g'), // data.fa, .fa.json
    new RegExp(`(?<![\\w$.'"\`-])${code}\\s*:(?!:)`, 'g'), // { fa: … }
    new RegExp(`\\b(?:const|let|var|function|import|type)\\s+${code}\\b(?![\\w$])`, 'g'), // import fa from
    new RegExp(`:lang\\(\\s*${code}\\s*\\)`, 'g'), // :lang(fa)
    new RegExp(`\\b(?:lang|hreflang)\\s*\\|?=\\s*${code}\\b`, 'g'), // lang=fa, [lang|=fa]
  ];
  const lines = withoutComments(source).split('\n');
  return lines.flatMap((line, i) =>
    patterns.flatMap((pattern) => [...line.matchAll(pattern)].map((match) => `${i + 1}: ${match[0].trim()}`)),
  );
}

/**
 * The source with block, HTML and line comments blanked out, line numbers kept. A `//`
 * after `:` or inside a quote (a URL) is not a comment.
 */
function withoutComments(source: string): string {
  const blank = (comment: string) => comment.replace(/[^\n]/g, ' ');
  return source
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[\s;,{}()])\/\/.*$/gm, (_comment, before: string) => before);
}
