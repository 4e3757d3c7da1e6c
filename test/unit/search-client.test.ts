import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { safeExcerpt, termsFirst, type SearchHit } from '../../src/search/client';

// The two pure parts of the search box: the only guard between indexed page text and
// `dangerouslySetInnerHTML` (Search.tsx), and the order results are shown in.

const unescape = (html: string) => html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('safeExcerpt', () => {
  it('keeps only the <mark> tags around matched words as markup', () => {
    expect(safeExcerpt('the <mark>CLV</mark> of a customer')).toBe('the <mark>CLV</mark> of a customer');
  });

  it.each([
    ['a script', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an element with a handler', '<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ['a mark with attributes', '<mark onclick="alert(1)">x</mark>', '&lt;mark onclick=&quot;alert(1)&quot;&gt;x</mark>'],
    ['a mark in capitals', '<MARK>x</MARK>', '&lt;MARK&gt;x&lt;/MARK&gt;'],
    ['an ampersand', 'R&D &lt;', 'R&amp;D &amp;lt;'],
  ])('escapes %s', (_what, excerpt, safe) => {
    expect(safeExcerpt(excerpt)).toBe(safe);
  });

  it('leaves no tag but <mark> and </mark>, and reads back as the text it was given', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '"', '&', '/', 'mark', 'a', ' ', 'ی', '=') }), (excerpt) => {
        const safe = safeExcerpt(excerpt);
        expect(safe.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"]/);
        expect(unescape(safe.replace(/<(\/?)mark>/g, '&lt;$1mark&gt;'))).toBe(excerpt);
      }),
    );
  });
});

describe('termsFirst', () => {
  const hit = (title: string, kind: SearchHit['kind'], aliases: string[] = []): SearchHit => ({
    url: `/${title}/`,
    title,
    aliases,
    kind,
    excerpt: '',
  });
  const titles = (hits: SearchHit[]) => hits.map((h) => h.title);

  it('puts the term named what was typed first, then terms whose name holds it, then the rest in their order', () => {
    const hits = [
      hit('Lesson on churn', 'lesson'),
      hit('Churn rate', 'term'),
      hit('Retention', 'term'),
      hit('Churn', 'term'),
      hit('Churn calculator', 'calculator'),
      hit('Voluntary churn', 'term'),
    ];
    expect(titles(termsFirst(hits, 'churn', 'en'))).toEqual([
      'Churn',
      'Churn rate',
      'Voluntary churn',
      'Lesson on churn',
      'Retention',
      'Churn calculator',
    ]);
  });

  it('matches a term by its aliases', () => {
    const hits = [hit('Customer acquisition cost', 'term'), hit('Customer lifetime value', 'term', ['CLV', 'LTV'])];
    expect(titles(termsFirst(hits, 'ltv', 'en'))).toEqual(['Customer lifetime value', 'Customer acquisition cost']);
  });

  it('lifts only glossary terms, whatever else is named what was typed', () => {
    const hits = [hit('ROI', 'calculator'), hit('Return on investment', 'term', ['ROI'])];
    expect(titles(termsFirst(hits, 'ROI', 'en'))).toEqual(['Return on investment', 'ROI']);
  });

  it('compares names folded as the query is: an Arabic-keyboard query finds the Persian term', () => {
    const hits = [hit('ارزش طول عمر مشتری در کسب‌وکار', 'lesson'), hit('مشتری', 'term')];
    expect(titles(termsFirst(hits, 'مشتري', 'fa'))).toEqual(['مشتری', 'ارزش طول عمر مشتری در کسب‌وکار']);
  });

  it('leaves the order alone when no term matches', () => {
    const hits = [hit('b', 'lesson'), hit('a', 'term'), hit('c', undefined)];
    expect(titles(termsFirst(hits, 'zzz', 'en'))).toEqual(['b', 'a', 'c']);
  });
});
