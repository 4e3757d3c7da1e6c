import { describe, it, expect } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtHtml, builtPages } from '../browser/site';

// Every built page, as a browser receives it, is valid HTML: html-validate's standards
// rules (the HTML specification's content models, attributes, ids, nesting) and its
// document rules (doctype, lang, title, unique ids), with no error and no warning.
const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:document'] });

describe('every built page', () => {
  it.each(builtPages())('%s is valid HTML', async (path) => {
    const report = await validator.validateString(builtHtml(path), path);
    const messages = report.results.flatMap((result) => result.messages);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});
