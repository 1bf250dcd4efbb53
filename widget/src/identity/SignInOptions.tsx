import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';
import { EmailLinkForm } from './EmailLinkForm.tsx';
import type { IdentityModel } from './identity-model.ts';
import { PROVIDER_NAMES } from './provider-names.ts';

/**
 * The sign-in paths the site enables: an email link, social providers (popup), the publisher's own
 * login. `parentId` is the comment its composer replies to (null for the thread's), so leaving to
 * sign in brings the reader back to that reply box.
 */
export function SignInOptions({ identity, idPrefix, parentId }: { identity: IdentityModel; idPrefix: string; parentId: string | null }) {
  const i18n = useI18n();
  const { thread } = useWidget();
  const emailButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // The address form opened from this composer's button (another open composer shows it too).
  const asked = useRef(false);
  const social = identity.social.value;
  const ssoLogin = identity.ssoLogin.value;
  const step = identity.step.value;
  const linkOpen = step === 'email' || step === 'sent';
  // Leaving the address form puts focus back on the button that opened it.
  useLayoutEffect(() => {
    if (linkOpen) return;
    asked.current = false;
    if (!returnFocus.current) return;
    returnFocus.current = false;
    emailButton.current?.focus();
  }, [linkOpen]);
  if (!identity.allowsEmail.value && social.length === 0 && !ssoLogin) return null;
  const busy = identity.busy.value;
  const cancelLink = () => {
    returnFocus.current = true;
    identity.goTo('idle');
  };
  return (
    <div class="sign-in" role="group" aria-labelledby={`${idPrefix}-sign-in`}>
      <p id={`${idPrefix}-sign-in`} class="sign-in-title">
        {identity.allowsGuests.value ? i18n.t('identity.orSignIn') : i18n.t('identity.signInToComment')}
      </p>
      <div class="sign-in-options">
        {ssoLogin && (
          <button type="button" class="secondary" onClick={() => identity.startSso(parentId)}>
            {i18n.t('identity.sso', { site: thread.site.value?.name ?? '' })}
          </button>
        )}
        {social.map((provider) => (
          <button
            key={provider}
            type="button"
            class="secondary"
            aria-label={i18n.t('identity.continueWith', { provider: PROVIDER_NAMES[provider] })}
            aria-disabled={busy}
            onClick={() => void identity.signInWith(provider)}
          >
            {PROVIDER_NAMES[provider]}
          </button>
        ))}
        {identity.allowsEmail.value && !linkOpen && (
          <button ref={emailButton} type="button" class="secondary" onClick={() => ((asked.current = true), identity.goTo('email'))}>
            {i18n.t('identity.emailLink')}
          </button>
        )}
      </div>
      {linkOpen && <EmailLinkForm identity={identity} idPrefix={idPrefix} parentId={parentId} asked={asked.current} onCancel={cancelLink} />}
    </div>
  );
}
