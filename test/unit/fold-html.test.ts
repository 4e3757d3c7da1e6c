import { describe, it, expect } from 'vitest';
import { foldHtmlText } from '../../src/search/fold-html';

describe('foldHtmlText', () => {
  it('folds text nodes and nothing else', () => {
    const html = '<p class="x-60" data-n="12">مشتري‌ها ۶۰ &#39;<b>كسب</b> 25&amp;</p><script>let ي = 60;</script>';
    expect(foldHtmlText(html, 'fa')).toBe(
      '<p class="x-60" data-n="12">مشتری ها ۶۰ &#39;<b>کسب</b> ۲۵&amp;</p><script>let ي = 60;</script>',
    );
  });

  it('keeps word breaks at tags', () => {
    expect(foldHtmlText('<li>a</li> <li>B ٦</li>', 'en')).toBe('<li>a</li> <li>B 6</li>');
  });
});
