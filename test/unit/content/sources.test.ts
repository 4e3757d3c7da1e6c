import { describe, it, expect } from 'vitest';
import { readYaml, locales } from '../../content-files';
import { scriptProblems, strings } from '../../script-rules';

const claims = readYaml('sources/claims.yaml');
const articles = readYaml('sources/articles.yaml');

describe('the claims register', () => {
  it('has every statistic the articles quote, and the published context on the other side', () => {
    // The ids of the claims register the site was given (shared/claims.md): the articles'
    // figures, then the section "Context a careful course adds".
    const quoted = ['acq-cost-5-25', 'acq-cost-5', 'acq-cost-7', 'retention-5-profit-95', 'success-60-70-5-20',
      'spend-31-try-50', 'return-27-50', 'pareto-20-80', 'cx-86-pay-more', 'inactive-25-50'];
    const context = ['keep-right-customers', 'loyalty-profit-link', 'growth-penetration', 'loyalty-programs-effect',
      'loyalty-penalty', 'ltv-cac-3'];
    expect(Object.keys(claims).sort()).toEqual([...quoted, ...context].sort());
    for (const id of quoted) expect(claims[id].articles.length, id).toBeGreaterThan(0);
    for (const id of context) expect([claims[id].context, claims[id].articles], id).toEqual([true, []]);
  });

  it('never repeats the articles\' misattributions as fact', () => {
    // "A Harvard Business School study" and "Gartner says" are what the articles got wrong.
    expect(claims['retention-5-profit-95'].origin.en).toMatch(/not a Harvard Business School study/);
    expect(claims['pareto-20-80'].origin.en).toMatch(/no Gartner publication/);
  });
});

describe.each([
  ['claims', claims],
  ['articles', articles],
] as const)('%s', (_name, entries) => {
  it.each(locales)('are written in %s in its own script', (locale) => {
    const texts = Object.values(entries).flatMap((entry: any) =>
      Object.values(entry).flatMap((field: any) => (field && typeof field === 'object' && locale in field ? strings(field[locale]) : [])),
    );
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => t.trim() === '')).toEqual([]);
    expect(scriptProblems(locale, texts.join('\n'))).toEqual([]);
  });
});
