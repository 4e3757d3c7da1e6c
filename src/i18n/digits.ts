/**
 * The three digit sets the site reads and writes. `Number('٣')` is NaN, so every
 * place that reads a number a reader typed goes through `toLatinDigits` first.
 */
const ARABIC_INDIC_ZERO = 0x0660; // ٠ … ٩
const PERSIAN_ZERO = 0x06f0; // ۰ … ۹

/** Replaces Arabic-Indic and Persian digits with ASCII ones, leaving everything else. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}
