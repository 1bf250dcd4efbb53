import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { FieldError } from '../composer/FieldError.tsx';
import { textDir } from '../i18n/text-dir.ts';
import type { IdentityModel } from './identity-model.ts';

/** Choosing the display name (after an email link, which brings none, or from the account menu). */
export function NameForm({ identity, idPrefix, onDone }: { identity: IdentityModel; idPrefix: string; onDone: () => void }) {
  const i18n = useI18n();
  const member = identity.member.value;
  const [name, setName] = useState(member?.name ?? '');
  const id = `${idPrefix}-name`;
  const input = useRef<HTMLInputElement>(null);
  const nameError = identity.errorFrom.value === 'rename' ? identity.error.value : null;
  useLayoutEffect(() => input.current?.focus(), []);
  const save = async () => {
    if (await identity.rename(name)) onDone();
    else input.current?.focus();
  };
  return (
    <div class="name-form">
      <div class="field">
        <label for={id}>{i18n.t('identity.nameLabel')}</label>
        <input
          ref={input}
          id={id}
          type="text"
          autoComplete="nickname"
          value={name}
          dir={textDir(name, i18n.dir)}
          aria-invalid={nameError ? 'true' : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          onInput={(event) => {
            setName(event.currentTarget.value);
            identity.clearError('rename');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void save();
            } else if (event.key === 'Escape' && member?.name) {
              event.preventDefault();
              identity.goTo('idle');
              onDone();
            }
          }}
        />
        <p id={`${id}-hint`} class="hint">
          {i18n.t('identity.nameHint')}
        </p>
        <FieldError id={`${id}-error`} code={nameError} />
      </div>
      <div class="composer-actions">
        {member?.name && (
          <button type="button" class="secondary" onClick={() => (identity.goTo('idle'), onDone())}>
            {i18n.t('composer.cancel')}
          </button>
        )}
        <button type="button" class="primary" aria-disabled={identity.busy.value} onClick={() => void save()}>
          {i18n.t('identity.saveName')}
        </button>
      </div>
    </div>
  );
}
