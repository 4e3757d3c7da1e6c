import type { Locale } from '../i18n/locales';
import { foldForIndex } from './fold';
import { indexedAsWritten } from './unfold';

// Script and style elements, tags, entities, and the text between them.
const htmlParts = /(<(script|style)\b[\s\S]*?<\/\2\s*>)|(<[^>]*>)|(&#?\w+;)|([^<&]+)/gi;

/** The text nodes of an HTML fragment (entities and the contents of scripts and styles left out). */
function htmlTexts(html: string): string[] {
  return [...html.matchAll(htmlParts)].flatMap((match) => (match[5] ? [match[5]] : []));
}

/**
 * Folds the text of an HTML page for the search index, leaving its markup alone:
 * tags, attributes, entities, scripts and styles pass through untouched.
 */
export function foldHtmlText(html: string, locale: Locale): string {
  return html.replace(htmlParts, (match, _skipped, _tag, _markup, _entity, text?: string) => (text ? foldForIndex(text, locale) : match));
}

// Elements that sit inside a line of text; closing any other element ends a word.
const phrasing = new Set('a abbr b bdi bdo br cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(' '));

/**
 * Pagefind ends a word only at the elements it knows as sentences (p, li, td, div…), so
 * `<dt>Value</dt><dd>351</dd>` would reach its index as the one word "Value351". A space
 * after every closing tag that is not phrasing content keeps such words apart.
 */
export function spaceBlocks(html: string): string {
  return html.replace(/<\/([a-z][a-z0-9-]*)\s*>(?=<)/gi, (tag, name: string) => (phrasing.has(name.toLowerCase()) ? tag : `${tag} `));
}

// The element Pagefind indexes (BaseLayout marks <main> so on searchable pages).
const indexedBody = /<main\b[^>]*\bdata-pagefind-body[^>]*>[\s\S]*?<\/main>/;

/** The text Pagefind indexes on a page, text node by text node: that of its <main>. */
export function indexedTexts(html: string): string[] {
  return htmlTexts(indexedBody.exec(html)?.[0] ?? '');
}

/**
 * A page as the search index takes it: its blocks apart, and its text folded unless
 * Pagefind folds that language itself.
 */
export function pageForIndex(html: string, locale: Locale): string {
  return spaceBlocks(indexedAsWritten.has(locale) ? html : foldHtmlText(html, locale));
}
