import { toLatinDigits } from '../i18n/digits';

export type ParseError = 'empty' | 'not-a-number';
export type ParseResult = { ok: true; value: number } | { ok: false; error: ParseError };

// What may surround a number without being part of it: currency signs and codes, the
// percent sign, and the invisible marks that bidi text and copy-paste leave behind.
const currency = /(US\$|\$|€|£|﷼|ریال|تومان|ر\.س|د\.إ|ج\.م|\b(?:SAR|AED|EGP|IRR|USD|EUR)\b)/gi;
const invisible = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const spaces = /[\s\u00A0\u202F]/g;

/**
 * Reads a number however a reader types it, in Latin, Arabic-Indic or Persian digits.
 *
 * Separators, in the reader's convention:
 * - ٫ is always the decimal point and ٬ always groups thousands (Arabic script).
 * - With both . and , present, the last one is the decimal point: 1,234.5 and 1.234,5.
 * - One kind of separator, repeated, groups: 1,234,567 and 1.234.567.
 * - A single dot is the decimal point (2.75, and 2.500 is two and a half).
 * - A single comma followed by exactly three digits groups, as in prices (1,234);
 *   otherwise it is the decimal point (1,5).
 * - Persian readers sometimes type / as the decimal point (۱/۵); between digits it is one.
 */
export function parseNumber(input: string): ParseResult {
  let text = toLatinDigits(String(input)).replace(invisible, '').replace(currency, '').replace(spaces, '');
  text = text.replace(/[%٪]$/, '');
  if (text === '') return { ok: false, error: 'empty' };

  let sign = 1;
  if (/^[-\u2212+]/.test(text)) {
    if (text[0] !== '+') sign = -1;
    text = text.slice(1);
  }
  text = text.replace(/٬/g, '').replace(/٫/g, '.').replace(/(?<=\d)\/(?=\d)/, '.');

  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    text = text.split(grouping).join('').replace(decimal, '.');
  } else if (dots > 1 || commas > 1) {
    const separator = dots > 1 ? '.' : ',';
    if (new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(text)) text = text.split(separator).join('');
  } else if (commas === 1) {
    text = /^\d{1,3},\d{3}$/.test(text) ? text.replace(',', '') : text.replace(',', '.');
  }

  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false, error: 'not-a-number' };
  const value = sign * Number(text);
  return Number.isFinite(value) ? { ok: true, value: Object.is(value, -0) ? 0 : value } : { ok: false, error: 'not-a-number' };
}
