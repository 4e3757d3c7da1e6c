import { describe, it, expect } from 'vitest';
import { foldHtmlText, indexedTexts, pageForIndex, spaceBlocks } from '../../src/search/fold-html';

describe('foldHtmlText', () => {
  it('folds text nodes for the index and nothing else', () => {
    const html = '<p class="x-60" data-n="12">مشتري‌ها ۶۰ &#39;<b>كسب</b> 25&amp;</p><script>let ي = 60;</script>';
    expect(foldHtmlText(html, 'fa')).toBe(
      '<p class="x-60" data-n="12">مشتری ها مشتریها ۶۰ &#39;<b>کسب</b> ۲۵&amp;</p><script>let ي = 60;</script>',
    );
  });

  it('keeps word breaks at tags', () => {
    expect(foldHtmlText('<li>a</li> <li>B ٦</li>', 'en')).toBe('<li>a</li> <li>B 6</li>');
  });
});

describe('pageForIndex and indexedTexts', () => {
  const html = '<header>آموزش</header><main id="main" data-pagefind-body>مشتري <b>كسب</b> "x"</main><footer>۶۰</footer>';

  it('folds a Persian page and keeps its blocks apart', () => {
    expect(pageForIndex(html, 'fa')).toBe(
      '<header>اموزش</header> <main id="main" data-pagefind-body>مشتری <b>کسب</b> "x"</main> <footer>۶۰</footer>',
    );
  });

  it("leaves Arabic text as written, for Pagefind's Arabic stemmer folds it", () => {
    expect(pageForIndex('<h1>إدارة</h1><p>على ٦٠</p>', 'ar')).toBe('<h1>إدارة</h1> <p>على ٦٠</p>');
  });

  it('reads the text Pagefind indexes, that of <main>, and none where nothing is indexed', () => {
    expect(indexedTexts(html)).toEqual(['مشتري ', 'كسب', ' "x"']);
    expect(indexedTexts('<main>إدارة</main>')).toEqual([]);
  });
});

describe('spaceBlocks', () => {
  it('ends a word where a block closes, not where phrasing content does', () => {
    expect(spaceBlocks('<dl><dt>Value</dt><dd>351</dd></dl><p><b>ab</b><i>c</i></p><p>d</p>')).toBe(
      '<dl><dt>Value</dt> <dd>351</dd> </dl> <p><b>ab</b><i>c</i></p> <p>d</p>',
    );
  });
});
