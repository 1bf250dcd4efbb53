import { useI18n } from '../app/i18n-context.ts';
import type { MessageKey } from '../i18n/translator.ts';
import type { IdentityModel, IdentityNotice as Notice } from './identity-model.ts';

const MESSAGES: Record<Exclude<Notice, null>, MessageKey> = {
  'signed-in': 'identity.signedIn',
  linked: 'identity.linked',
  left: 'identity.left',
  'left-link': 'identity.leftLink',
  'signed-out': 'identity.signedOut',
  deleted: 'identity.deleted',
  'guest-deleted': 'identity.guestDeleted',
  renamed: 'identity.renamed',
  downloaded: 'identity.downloaded',
};

/** What the last sign-in, sign-out or account action did (announced), or why it failed (an alert). */
export function IdentityNotice({ identity, idPrefix }: { identity: IdentityModel; idPrefix: string }) {
  const i18n = useI18n();
  const notice = identity.notice.value;
  // Name errors sit next to the name field instead.
  const error = identity.step.value === 'name' && identity.error.value?.startsWith('name-') ? null : identity.error.value;
  const name = identity.member.value?.name ?? '';
  return (
    <>
      <p id={`${idPrefix}-identity-error`} class="error" role="alert" hidden={!error}>
        {error ? i18n.t(`error.${error}`) : ''}
      </p>
      <p class="notice" role="status">
        {notice ? i18n.t(MESSAGES[notice], { name }) : ''}
      </p>
    </>
  );
}
