import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { frameAncestors, headersFor, parseHeaders, patternMatches } from '../../src/hosting/headers';

describe('parseHeaders', () => {
  it('reads paths, their indented headers, comments and detaches', () => {
    const rules = parseHeaders(['# a comment', '/*', '  X-One: a: b', '  # inside', '', '/x/*', '\t! X-One', '\tX-Two:  c  '].join('\n'));
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-One', 'a: b']], detach: [] },
      { pattern: '/x/*', headers: [['X-Two', 'c']], detach: ['x-one'] },
    ]);
  });

  it('refuses a header before any path, a line without a colon and a path without its slash', () => {
    expect(() => parseHeaders('  X-One: a')).toThrow(/line 1: a header before any path/);
    expect(() => parseHeaders('/a\n  nonsense')).toThrow(/line 2/);
    expect(() => parseHeaders('a/*\n  X: y')).toThrow(/line 1/);
  });
});

describe('patternMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/en/lessons/x/', true],
    ['/', '/', true],
    ['/', '/en/', false],
    ['/:locale/', '/fa/', true],
    ['/:locale/', '/fa/lessons/', false],
    ['/:locale/lessons/*', '/ar/lessons/', true],
    ['/:locale/lessons/*', '/ar/lessons/x/', true],
    ['/:locale/lessons/*', '/ar/embed/lessons/x/', false],
    ['/:locale/embed/*', '/en/embed/calculators/roi/', true],
    ['/:locale/embed/*', '/en/calculators/embed/', false],
    ['/404.html', '/404xhtml', false],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });
});

describe('headersFor', () => {
  const rules = parseHeaders(['/*', '  CSP: a', '  X: 1', '/e/*', '  CSP: b', '/d/*', '  ! CSP', '  CSP: c'].join('\n'));

  it('gives a header from every matching rule, values of one name joined by a comma', () => {
    expect(Object.fromEntries(headersFor(rules, '/e/page/'))).toEqual({ csp: 'a, b', x: '1' });
    expect(Object.fromEntries(headersFor(rules, '/other/'))).toEqual({ csp: 'a', x: '1' });
  });

  it("drops what earlier rules set when a rule detaches it ('! Name')", () => {
    expect(Object.fromEntries(headersFor(rules, '/d/page/'))).toEqual({ csp: 'c', x: '1' });
  });
});

describe('frameAncestors', () => {
  it('lists the sources of each policy that limits framing', () => {
    expect(frameAncestors("frame-ancestors 'none'; base-uri 'self', default-src 'self'; FRAME-ANCESTORS https://a.example")).toEqual([
      ["'none'"],
      ['https://a.example'],
    ]);
    expect(frameAncestors("base-uri 'self'")).toEqual([]);
    expect(frameAncestors(undefined)).toEqual([]);
  });
});

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const framing = (path: string) => frameAncestors(headersFor(rules, path).get('content-security-policy'));

  it.each(['/', '/404.html', '/en/', '/fa/lessons/two-ways-to-grow/', '/ar/calculators/roi/', '/en/glossary/churn/', '/fa/recap/'])(
    "forbids framing %s (frame-ancestors 'none')",
    (path) => {
      expect(framing(path)).toEqual([["'none'"]]);
    },
  );

  it.each(['/en/embed/calculators/roi/', '/ar/embed/glossary/churn/', '/fa/embed/calculators/cost/'])('lets any site frame %s', (path) => {
    expect(framing(path)).toEqual([]);
    // The rest of the policy still holds there.
    expect(headersFor(rules, path).get('content-security-policy')).toContain("object-src 'none'");
  });

  it('sends the site-wide headers everywhere, embeds included', () => {
    for (const path of ['/en/', '/en/embed/glossary/churn/']) {
      expect(headersFor(rules, path).get('x-content-type-options')).toBe('nosniff');
    }
  });
});
