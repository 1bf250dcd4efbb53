import type { ComposerModel } from '../composer/composer-model.ts';
import { GuestFields } from '../composer/GuestFields.tsx';
import { AccountBar } from './AccountBar.tsx';
import { EmailConfirm } from './EmailConfirm.tsx';
import { SignInOptions } from './SignInOptions.tsx';

/**
 * Who posts, inside the composer: the signed-in reader's bar (name, avatar, account menu), or
 * the picker: guest details when the site takes guests, and the sign-in paths it enables.
 */
export function IdentitySection({ composer, idPrefix }: { composer: ComposerModel; idPrefix: string }) {
  const { identity } = composer;
  if (identity.member.value) return <AccountBar identity={identity} idPrefix={idPrefix} />;
  if (identity.step.value === 'confirm') return <EmailConfirm identity={identity} idPrefix={idPrefix} />;
  return (
    <>
      {identity.allowsGuests.value && <GuestFields composer={composer} idPrefix={idPrefix} />}
      <SignInOptions identity={identity} idPrefix={idPrefix} />
    </>
  );
}
