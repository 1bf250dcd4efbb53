import type { ComposerModel } from '../composer/composer-model.ts';
import { GuestFields } from '../composer/GuestFields.tsx';
import { EmailConfirm } from './EmailConfirm.tsx';
import { GuestData } from './GuestData.tsx';
import { IdentityError } from './IdentityError.tsx';
import { SignInOptions } from './SignInOptions.tsx';

/**
 * The identity picker inside the composer, for readers who are not signed in: guest details when
 * the site takes guests, the sign-in paths it enables, and for a guest who posted here their data
 * (the signed-in reader has AccountBar). Why a sign-in failed shows at its end, under the buttons.
 */
export function IdentitySection({ composer, idPrefix }: { composer: ComposerModel; idPrefix: string }) {
  const { identity } = composer;
  if (identity.member.value) return null;
  if (identity.step.value === 'confirm') {
    return (
      <>
        <EmailConfirm identity={identity} idPrefix={idPrefix} focus={!composer.parentId} />
        <IdentityError identity={identity} idPrefix={idPrefix} />
      </>
    );
  }
  return (
    <>
      {identity.allowsGuests.value && <GuestFields composer={composer} idPrefix={idPrefix} />}
      <SignInOptions identity={identity} idPrefix={idPrefix} parentId={composer.parentId} />
      {identity.postedAsGuest.value && !composer.parentId && <GuestData identity={identity} idPrefix={idPrefix} />}
      <IdentityError identity={identity} idPrefix={idPrefix} />
    </>
  );
}
