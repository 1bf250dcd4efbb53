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

/** What the last sign-in, sign-out or account action did (announced). Its failures are IdentityError's. */
export function IdentityNotice({ identity }: { identity: IdentityModel }) {
  const i18n = useI18n();
  const notice = identity.notice.value;
  const name = identity.member.value?.name ?? '';
  return (
    <p class="notice" role="status">
      {notice ? i18n.t(MESSAGES[notice], { name }) : ''}
    </p>
  );
}
