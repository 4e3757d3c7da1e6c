interface Props {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  /** The message for a value that cannot be used, in the reader's language. */
  error?: string | undefined;
  onInput: (text: string) => void;
}

/**
 * A number input that keeps exactly what the reader typed (any digits, any separator)
 * and says next to the field, not in an alert, why a value cannot be used.
 */
export default function NumberField({ id, label, hint, value, error, onInput }: Props) {
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
        dir="auto"
        value={value}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy || undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
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
