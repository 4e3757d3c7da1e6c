import type { Locale } from '../i18n/locales';
import { foldCharacters } from './fold';

/**
 * Folds the text of an HTML page for the search index, leaving its markup alone:
 * tags, attributes, entities, scripts and styles pass through untouched.
 */
export function foldHtmlText(html: string, locale: Locale): string {
  return html.replace(
    /(<(script|style)\b[\s\S]*?<\/\2\s*>)|(<[^>]*>)|(&#?\w+;)|([^<&]+)/gi,
    (match, _skipped, _tag, _markup, _entity, text?: string) => (text ? foldCharacters(text, locale) : match),
  );
}
