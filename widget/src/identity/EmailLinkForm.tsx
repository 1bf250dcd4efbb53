import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { FieldError } from '../composer/FieldError.tsx';
import type { IdentityModel } from './identity-model.ts';

/**
 * The email-link step: an address and "Send link", then "check your inbox". Not a <form> of its
 * own (it sits inside the composer's), so Enter is handled here and never posts the comment.
 * Focus goes to the address when it opens, back to it when the address is refused, and to the
 * "check your inbox" message once the link is sent; `onCancel` takes it back to the sign-in paths.
 * The step is shared by every open composer, so only the form the reader is using (`asked` when
 * it opens, or typed in since) takes the focus. `parentId` names its composer's reply (null for the
 * thread's), for the way back from the link.
 */
export function EmailLinkForm({
  identity,
  idPrefix,
  parentId,
  asked,
  onCancel,
}: {
  identity: IdentityModel;
  idPrefix: string;
  parentId: string | null;
  asked: boolean;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const [email, setEmail] = useState(identity.sentTo.value);
  const input = useRef<HTMLInputElement>(null);
  const sent = useRef<HTMLParagraphElement>(null);
  const inUse = useRef(asked);
  const id = `${idPrefix}-link-email`;
  const step = identity.step.value;
  const error = identity.errorFrom.value === 'link' ? identity.error.value : null;
  // In the render's own task, so a key typed right after opening lands in the field.
  useLayoutEffect(() => void (inUse.current && (step === 'sent' ? sent : input).current?.focus()), [step]);
  if (step === 'sent') {
    return (
      <p ref={sent} class="link-sent" role="status" tabIndex={-1}>
        {i18n.t('identity.sent', { email: identity.sentTo.value })}{' '}
        <button type="button" class="link small" onClick={() => ((inUse.current = true), identity.goTo('email'))}>
          {i18n.t('identity.resend')}
        </button>
      </p>
    );
  }
  const send = async () => {
    inUse.current = true;
    await identity.sendLink(email, parentId);
    if (identity.step.peek() === 'email') input.current?.focus();
  };
  return (
    <div class="link-form">
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
          onFocus={() => (inUse.current = true)}
          onInput={(event) => {
            setEmail(event.currentTarget.value);
            identity.clearError('link');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void send();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
        />
        <FieldError id={`${id}-error`} code={error} />
      </div>
      <div class="composer-actions">
        <button type="button" class="secondary" onClick={onCancel}>
          {i18n.t('composer.cancel')}
        </button>
        <button type="button" class="primary" aria-disabled={identity.busy.value} onClick={() => void send()}>
          {i18n.t('identity.sendLink')}
        </button>
      </div>
    </div>
  );
}
