import { toLatinDigits } from '../i18n/digits';

export type ParseError = 'empty' | 'not-a-number';
export type ParseResult = { ok: true; value: number } | { ok: false; error: ParseError };

// Marks that bidi text and copy-paste leave around numbers (Intl itself writes U+061C,
// U+200E and U+200F into Arabic and Persian numbers); they are never part of one.
const invisibleMarks = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;

// Currency signs and codes a reader may type or paste from a formatted result, including
// the forms Intl writes in Arabic (ر.س. with its closing dot) and ریال in either yeh.
const currency = String.raw`(?:US\$|\$|€|£|﷼|ر[یي]ال|تومان|ر\.س\.?|د\.إ\.?|ج\.م\.?|ر\.إ\.?|SAR|AED|EGP|IRR|USD|EUR)`;
const leadingCurrency = new RegExp(`^${currency}`, 'i');
const trailingCurrencyOrPercent = new RegExp(`(?:${currency}|[%٪])$`, 'i');
const leadingSign = /^[-\u2212+]/;

// Iranians often write the decimal point as a slash (۱/۵). With Latin digits 1/2 is a
// fraction, so the slash counts only between Arabic-Indic or Persian digits. (No
// lookbehind: older Safari cannot even load a script that contains one.)
const persianSlash = /([\u0660-\u0669\u06F0-\u06F9])\/(?=[\u0660-\u0669\u06F0-\u06F9])/g;

// Digits and separators only, once spaces are single and the digits Latin.
const digitsAndSeparators = /^[\d.,٫٬ ]+$/;
const ungroupedWhole = /^\d*$/;
// Groups of three after a first group of one to three, all with the same separator.
const groupedWhole = /^\d{1,3}([.,٬ ])\d{3}(?:\1\d{3})*$/;
// 1,234 is how prices are written; 0,125 or 12,5 cannot be grouping.
const commaGroupedThousands = /^[1-9]\d{0,2},\d{3}$/;

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * Reads a number however a reader types it: Latin, Arabic-Indic or Persian digits,
 * around them spaces, bidi marks, a sign (- − +), a currency sign or code before or
 * after, or a trailing % or ٪. Never throws.
 *
 * Which separator is the decimal point, in the reader's convention:
 * - ٫ always is, and then . , ٬ and spaces can only group (١٬٢٣٤٫٥, 1.234٫5).
 * - With both . and , the last one is (1,234.5 and 1.234,5).
 * - A single . is (2.75; 2.500 is two and a half: the site's readers use . as decimal).
 * - A single , is, unless it stands as in 1,234 (one to three digits, not starting with
 *   0, then exactly three): 1,5 and 0,125 are decimals, 1,234 is a thousand and more.
 * - A separator that appears twice cannot be the decimal point: 1,234,567 and 1.234.567.
 * Whatever groups must group properly (threes, one kind of separator): 12,34.5 or 1 2 3
 * are refused rather than guessed, so a typo shows a message instead of a wrong result.
 * Nothing but a sign, a currency or a percent sign is 'empty': the reader has not typed
 * the number yet.
 */
export function parseNumber(input: string): ParseResult {
  let text = input.replace(invisibleMarks, '').trim();
  text = text.replace(trailingCurrencyOrPercent, '').trimEnd();

  let negative = false;
  const takeSign = () => {
    const sign = leadingSign.exec(text)?.[0];
    if (sign === undefined) return false;
    negative = sign !== '+';
    text = text.slice(1).trimStart();
    return true;
  };
  // The sign may come before or after a leading currency: -$5 and $-5, but not both.
  const signed = takeSign();
  text = text.replace(leadingCurrency, '').trimStart();
  if (!signed) takeSign();

  if (text === '') return { ok: false, error: 'empty' };
  const magnitude = readDigits(toLatinDigits(text.replace(persianSlash, '$1٫').replace(/\s+/g, ' ')));
  if (magnitude === null) return { ok: false, error: 'not-a-number' };
  // 0, never -0: "-0" means nothing to a reader, and -0 prints as "-0".
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** The value of unsigned digits with separators, or null if they are not a number. */
function readDigits(text: string): number | null {
  if (!digitsAndSeparators.test(text)) return null;
  const decimal = decimalSeparator(text);
  const [whole = '', fraction = '', ...rest] = decimal === null ? [text] : text.split(decimal);
  if (rest.length > 0 || !ungroupedWhole.test(fraction)) return null;
  if (!ungroupedWhole.test(whole) && !groupedWhole.test(whole)) return null;
  const digits = whole.replace(/\D/g, '');
  if (digits === '' && fraction === '') return null;
  const value = Number(`${digits || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? value : null;
}

function decimalSeparator(text: string): string | null {
  if (text.includes('٫')) return '٫';
  const dot = text.lastIndexOf('.');
  const comma = text.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  if (dot >= 0) return count(text, '.') === 1 ? '.' : null;
  if (comma >= 0) return count(text, ',') === 1 && !commaGroupedThousands.test(text) ? ',' : null;
  return null;
}
