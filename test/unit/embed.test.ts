import { describe, it, expect } from 'vitest';
import { iframeCode } from '../../src/embed/iframe-code';
import { heightMessage } from '../../src/embed/messages';

describe('iframeCode', () => {
  it('gives a lazy, full-width frame with a title, its scenario kept whole', () => {
    expect(iframeCode('https://example.org/en/embed/calculators/cost/?customers=60&retain=25', 'Cost · Keep or Win', 1550)).toBe(
      '<iframe src="https://example.org/en/embed/calculators/cost/?customers=60&amp;retain=25" title="Cost · Keep or Win" loading="lazy" width="100%" height="1550"></iframe>',
    );
  });

  it('escapes what would end an attribute or start a tag, so a title cannot break the code', () => {
    const code = iframeCode('https://example.org/x/', 'A "quoted" <b>term</b> & more', 900);
    expect(code).toContain('title="A &quot;quoted&quot; &lt;b>term&lt;/b> &amp; more"');
    // Five attributes, two quotes each: none added by the title.
    expect(code.match(/"/g)).toHaveLength(10);
  });
});

describe('heightMessage', () => {
  it('names itself and rounds the height up to whole pixels, so the frame never cuts a fraction off', () => {
    expect(heightMessage(812.2)).toEqual({ type: 'keep-or-win:height', height: 813 });
    expect(heightMessage(900)).toEqual({ type: 'keep-or-win:height', height: 900 });
  });
});
