import { describe, it, expect } from 'vitest';
import { readGlossary, readYaml, locales } from '../../content-files';
import { scriptProblems, strings } from '../../script-rules';

const entries = readGlossary();
const ids = new Set(entries.map((e) => e.id));
const claimIds = new Set(Object.keys(readYaml('sources/claims.yaml')));
const fields = ['term', 'summary', 'definition', 'example'] as const;

describe('the glossary', () => {
  it('has at least fifty terms, each with a plain ASCII id', () => {
    expect(entries.length).toBeGreaterThanOrEqual(50);
    for (const { id } of entries) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(['clv', 'wom', 'roi', 'cac', 'churn', 'churn-rate', 'retention-rate', 'repeat-purchase-rate', 'aov',
    'upselling', 'cross-selling', 'segmentation', 'demographics', 'pain-points', 'loyalty-program', 'membership-club',
    'coupon', 're-engagement-campaign', 'brand-advocacy', 'referral', 'omnichannel', 'personalization', 'seo', 'b2c',
    'customer-experience', 'pareto-principle', 'market-share', 'brand-awareness', 'retention-marketing',
    'acquisition-marketing'])('includes %s', (id) => {
    expect(ids).toContain(id);
  });
});

describe.each(entries.map((e) => [e.id, e] as const))('%s', (id, { data }) => {
  it.each(locales)('is complete in %s', (locale) => {
    const entry = data[locale];
    expect(entry, `${id} has no ${locale}`).toBeTruthy();
    for (const field of fields) expect(String(entry[field] ?? '').trim(), `${id}.${locale}.${field}`).not.toBe('');
    // A summary is at most two sentences.
    expect(entry.summary.split(/[.!?؟](?:\s|$)/).filter((s: string) => s.trim()).length, `${id}.${locale}.summary`).toBeLessThanOrEqual(2);
  });

  it.each(locales)('uses only the %s script\'s letters and digits', (locale) => {
    // Acronyms and aliases are what readers type (B2C, LTV); the prose must be clean.
    const prose = fields.map((field) => data[locale]?.[field]);
    expect(scriptProblems(locale, strings(prose).join('\n'))).toEqual([]);
  });

  it('relates only to terms that exist, and cites claims that exist', () => {
    for (const related of data['related'] ?? []) expect(ids, `${id} → ${related}`).toContain(related);
    for (const claim of data['claims'] ?? []) expect(claimIds, `${id} cites ${claim}`).toContain(claim);
  });
});

// Every id the glossary had when trainers started linking terms (main at 223ced7), by
// hand: an entry may be rewritten, never renamed or dropped.
const sharedIds = [
  'acquisition-marketing', 'affiliate-marketing', 'aov', 'b2b', 'b2c', 'brand-advocacy', 'brand-awareness',
  'cac', 'churn-rate', 'churn', 'clv', 'competitor-analysis', 'content-marketing', 'conversion-rate',
  'coupon', 'cross-selling', 'customer-base', 'customer-experience', 'customer-feedback', 'customer-lifespan',
  'customer-loyalty', 'customer-marketing', 'customer-service', 'customer-survey', 'demographics',
  'discount-rate', 'email-marketing', 'existing-customer', 'giveaway', 'gross-margin', 'growth-stage',
  'inactive-customer', 'list-decay', 'loyalty-program', 'market-share', 'marketing-budget', 'membership-club',
  'omnichannel', 'online-behavior', 'pain-points', 'pareto-principle', 'partnership', 'personalization',
  'prospect', 'purchase-frequency', 're-engagement-campaign', 'referral', 'repeat-purchase-rate',
  'retention-marketing', 'retention-rate', 'roi', 'segmentation', 'seo', 'social-media-marketing',
  'success-rate', 'target-market', 'traditional-advertising', 'upselling', 'wom',
];

describe('the glossary keeps every address ever shared', () => {
  it.each(sharedIds)('%s', (id) => {
    expect(ids).toContain(id);
  });
});
