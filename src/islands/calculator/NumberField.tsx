import type { Locale } from '../../i18n/locales';
import { toLocaleDigits } from '../../i18n/digits';
import { parseNumber } from '../../calculators/parse-number';

interface Props {
  id: string;
  locale: Locale;
  label: string;
  hint?: string | undefined;
  value: string;
  /** The message for a value that cannot be used, in the reader's language. */
  error?: string | undefined;
  onInput: (text: string) => void;
}

/** Whether two texts read as the same number, or fail the same way (1/5 is no number, ۱/۵ is 1.5). */
function sameReading(a: string, b: string): boolean {
  return JSON.stringify(parseNumber(a)) === JSON.stringify(parseNumber(b));
}

/**
 * A number input that keeps exactly what the reader typed (any digits, any separator)
 * and says next to the field, not in an alert, why a value cannot be used. On leaving
 * the field its digits are written back in the locale's own, as the defaults are, and
 * nothing else changes: the same characters, the same value.
 *
 * Digits read left to right in every language, so the field is `dir="ltr"`; the
 * stylesheet lines its text up with the label above it (calculator.css).
 */
export default function NumberField({ id, locale, label, hint, value, error, onInput }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autocomplete="off"
        dir="ltr"
        class="number-input"
        value={value}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy || undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        onBlur={(event) => {
          const typed = (event.currentTarget as HTMLInputElement).value;
          const local = toLocaleDigits(typed, locale);
          if (local !== typed && sameReading(typed, local)) onInput(local);
        }}
      />
      {hint && (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      )}
      <p id={errorId} class="field-error">
        {error ?? ''}
      </p>
    </div>
  );
}
