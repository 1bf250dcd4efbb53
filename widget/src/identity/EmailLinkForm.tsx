import { useState } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import type { IdentityModel } from './identity-model.ts';

/**
 * The email-link step: an address and "Send link", then "check your inbox". Not a <form> of its
 * own (it sits inside the composer's), so Enter is handled here and never posts the comment.
 */
export function EmailLinkForm({ identity, idPrefix }: { identity: IdentityModel; idPrefix: string }) {
  const i18n = useI18n();
  const [email, setEmail] = useState(identity.sentTo.value);
  const id = `${idPrefix}-link-email`;
  if (identity.step.value === 'sent') {
    return (
      <p class="link-sent" role="status">
        {i18n.t('identity.sent', { email: identity.sentTo.value })}{' '}
        <button type="button" class="link small" onClick={() => identity.goTo('email')}>
          {i18n.t('identity.resend')}
        </button>
      </p>
    );
  }
  const send = () => void identity.sendLink(email);
  return (
    <div class="link-form">
      <div class="field">
        <label for={id}>{i18n.t('identity.emailLabel')}</label>
        <input
          id={id}
          type="email"
          autoComplete="email"
          value={email}
          autoFocus
          onInput={(event) => setEmail(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              send();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              identity.goTo('idle');
            }
          }}
        />
      </div>
      <div class="composer-actions">
        <button type="button" class="secondary" onClick={() => identity.goTo('idle')}>
          {i18n.t('composer.cancel')}
        </button>
        <button type="button" class="primary" aria-disabled={identity.busy.value} onClick={send}>
          {i18n.t('identity.sendLink')}
        </button>
      </div>
    </div>
  );
}
