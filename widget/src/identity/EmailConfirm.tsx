import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { FieldError } from '../composer/FieldError.tsx';
import type { IdentityModel } from './identity-model.ts';

/**
 * A sign-in link opened in a browser that did not ask for it: the reader confirms the address.
 * Every open composer shows it; the one that takes focus is the thread's own (`focus`).
 */
export function EmailConfirm({ identity, idPrefix, focus }: { identity: IdentityModel; idPrefix: string; focus: boolean }) {
  const i18n = useI18n();
  const [email, setEmail] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = `${idPrefix}-confirm-email`;
  const error = identity.errorFrom.value === 'finish' ? identity.error.value : null;
  useLayoutEffect(() => void (focus && input.current?.focus()), []);
  const finish = async () => {
    await identity.finishLink(email);
    if (identity.step.peek() === 'confirm') input.current?.focus();
  };
  return (
    <div class="link-form" role="group" aria-labelledby={`${id}-intro`}>
      <p id={`${id}-intro`}>{i18n.t('identity.confirmIntro')}</p>
      <div class="field">
        <label for={id}>{i18n.t('identity.emailLabel')}</label>
        <input
          ref={input}
          id={id}
          type="email"
          autoComplete="email"
          value={email}
          dir="ltr"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-error`}
          onInput={(event) => {
            setEmail(event.currentTarget.value);
            identity.clearError('finish');
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            void finish();
          }}
        />
        <FieldError id={`${id}-error`} code={error} />
      </div>
      <div class="composer-actions">
        <button type="button" class="primary" aria-disabled={identity.busy.value} onClick={() => void finish()}>
          {i18n.t('identity.finish')}
        </button>
      </div>
    </div>
  );
}
