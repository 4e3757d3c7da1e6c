import { describe, it, expect } from 'vitest';
import { scriptProblems } from '../script-rules';

// The checker the content tests rely on must itself catch what it claims to.
describe('scriptProblems', () => {
  it('passes clean Persian and Arabic', () => {
    expect(scriptProblems('fa', 'مشتری‌ها ۶۰٪ از <Bdi>CLV</Bdi> و \u2068ROI\u2069 <Claim id="acq-cost-5">پنج</Claim>')).toEqual([]);
    expect(scriptProblems('ar', 'العملاء ٦٠٪ <Term id="clv">القيمة</Term>\n1. بند')).toEqual([]);
  });

  it.each([
    ['fa', 'مشتري', 'Arabic yeh or kaf'],
    ['fa', 'نرخ ٦٠', 'Arabic-Indic digits'],
    ['ar', 'مشتری', 'Persian yeh or kaf'],
    ['ar', 'نسبة ۶۰', 'Persian digits'],
    ['ar', 'نسبة 60', 'Latin digits'],
    ['fa', 'ارزش CLV', 'Latin text'],
    ['ar', '\uFEFB', 'presentation forms'],
  ] as const)('flags %s text %j', (locale, text, problem) => {
    expect(scriptProblems(locale, text).join()).toContain(problem);
  });
});
