/**
 * The `_headers` file that Netlify and Cloudflare Pages read (public/_headers), as far as
 * the site uses it: a path pattern on a line of its own, then its headers indented below
 * it (`Name: value`), `#` comments, and Cloudflare's `! Name`, which takes a header set
 * by an earlier rule off this path. The browser tests serve the built site with these
 * rules, for `astro preview` ignores the file, and the built tests check what each page
 * gets from it.
 */

export interface HeaderRule {
  /** `/*`, `/:locale/embed/*`, `/404.html`: `*` stands for any rest of the path, `:name` for one segment. */
  pattern: string;
  headers: [name: string, value: string][];
  /** Header names this rule takes away from what earlier rules set (Cloudflare's `! Name`). */
  detach: string[];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) return;
    const where = `_headers, line ${index + 1}`;
    if (!/^\s/.test(line)) {
      if (!content.startsWith('/')) throw new Error(`${where}: a rule starts with a path beginning with /: ${content}`);
      rules.push({ pattern: content, headers: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path`);
    if (content.startsWith('!')) {
      rule.detach.push(content.slice(1).trim().toLowerCase());
      return;
    }
    const colon = content.indexOf(':');
    if (colon < 1) throw new Error(`${where}: not "Name: value": ${content}`);
    rule.headers.push([content.slice(0, colon).trim(), content.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Whether a rule's pattern covers a URL path: `*` matches any rest (even none), `:name` one whole segment. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a path is served with, by lower-case name. Every matching rule adds its
 * headers in file order, and a header that two rules set gets both values joined by a
 * comma, as Cloudflare Pages does: for Content-Security-Policy that makes two policies,
 * both enforced, so a broad rule's `frame-ancestors 'none'` cannot be loosened by a
 * narrower rule. `! Name` drops what earlier rules set.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = headers.get(key);
      headers.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return headers;
}

/** The frame-ancestors sources of every policy in a Content-Security-Policy header; none when no policy limits framing. */
export function frameAncestors(policyHeader: string | undefined): string[][] {
  if (!policyHeader) return [];
  // Policies are separated by commas; directives within one by semicolons.
  return policyHeader.split(',').flatMap((policy) =>
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name?.toLowerCase() === 'frame-ancestors')
      .map(([, ...sources]) => sources),
  );
}
