import { useComputed, type Signal } from '@preact/signals';
import { useI18n } from '../app/i18n-context.ts';
import { textDir } from '../i18n/text-dir.ts';
import type { ClientErrorCode } from '../client/parley-error.ts';
import { FieldError } from './FieldError.tsx';

/** A text field: its id (labels and errors hang off it), label, bound value, kind and error. */
export interface TextFieldProps {
  id: string;
  label: string;
  value: Signal<string>;
  type: 'text' | 'email' | 'url';
  autoComplete: string;
  code: ClientErrorCode | undefined;
  hint?: string;
  required?: boolean;
  /** Told after each edit (its error no longer applies). */
  onEdit?: () => void;
}

/** A labelled text input bound to a signal, with an optional hint and its error next to it. */
export function TextField({ id, label, value, type, autoComplete, code, hint, required, onEdit }: TextFieldProps) {
  const i18n = useI18n();
  // Addresses read left to right in every language; other text takes its own direction.
  const dir = useComputed(() => (type === 'email' || type === 'url' ? 'ltr' : textDir(value.value, i18n.dir)));
  const describedBy = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        dir={dir}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={code ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => {
          value.value = event.currentTarget.value;
          onEdit?.();
        }}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} code={code} />
    </div>
  );
}
