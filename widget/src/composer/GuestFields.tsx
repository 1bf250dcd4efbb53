import type { Signal } from '@preact/signals';
import { useI18n } from '../app/i18n-context.ts';
import type { ComposerModel } from './composer-model.ts';
import { FieldError } from './FieldError.tsx';

interface FieldProps {
  id: string;
  label: string;
  value: Signal<string>;
  type: 'text' | 'email' | 'url';
  autoComplete: string;
  code: ComposerModel['errors']['value']['name'];
  hint?: string;
  required?: boolean;
}

function Field({ id, label, value, type, autoComplete, code, hint, required }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={code ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => (value.value = event.currentTarget.value)}
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

/** Name, email and website for a guest, plus the honeypot field people never see. */
export function GuestFields({ composer, idPrefix }: { composer: ComposerModel; idPrefix: string }) {
  const i18n = useI18n();
  const errors = composer.errors.value;
  return (
    <div class="guest">
      <Field id={`${idPrefix}-name`} label={i18n.t('guest.name')} value={composer.name} type="text" autoComplete="name" code={errors.name} required />
      <Field
        id={`${idPrefix}-email`}
        label={i18n.t('guest.email')}
        value={composer.email}
        type="email"
        autoComplete="email"
        code={errors.email}
        hint={i18n.t('guest.emailHint')}
        required
      />
      <Field id={`${idPrefix}-website`} label={i18n.t('guest.website')} value={composer.website} type="url" autoComplete="url" code={errors.website} />
      <div class="hp" aria-hidden="true">
        <label>
          {i18n.t('guest.honeypot')}
          <input type="text" tabIndex={-1} autoComplete="off" value={composer.hp} onInput={(event) => (composer.hp.value = event.currentTarget.value)} />
        </label>
      </div>
    </div>
  );
}
