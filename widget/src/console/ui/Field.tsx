/** A labelled text, number or multi-line field with its hint and its error next to it. */
export function Field({
  id,
  label,
  value,
  onInput,
  hint,
  error,
  multiline,
  type = 'text',
  placeholder,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'number';
  placeholder?: string;
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} inputMode={type === 'number' ? 'numeric' : undefined} {...common} />}
      {hint && (
        <p id={`${id}-hint`} class="hint muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
    </div>
  );
}
