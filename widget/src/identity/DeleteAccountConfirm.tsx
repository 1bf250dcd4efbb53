import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import type { IdentityModel } from './identity-model.ts';

/**
 * "Delete my account?" (or a guest's "Delete what you posted?"): what it does, then Delete or
 * Cancel. Focus starts on Cancel, the safe choice; `onDone` follows a cancel, `onDeleted` a deletion.
 */
export function DeleteAccountConfirm({ identity, onDone, onDeleted, guest = false }: { identity: IdentityModel; onDone: () => void; onDeleted: () => void; guest?: boolean }) {
  const i18n = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="parley-delete-account-text"
      onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), identity.goTo('idle'), onDone())}
    >
      <p id="parley-delete-account-text">{i18n.t(guest ? 'identity.guestDeleteConfirm' : 'identity.deleteConfirm')}</p>
      <div class="composer-actions">
        <button ref={cancel} type="button" class="secondary" onClick={() => (identity.goTo('idle'), onDone())}>
          {i18n.t('composer.cancel')}
        </button>
        <button type="button" class="danger" aria-disabled={identity.busy.value} onClick={() => void identity.deleteAccount().then((done) => done && onDeleted())}>
          {i18n.t(guest ? 'identity.guestDelete' : 'identity.deleteYes')}
        </button>
      </div>
    </div>
  );
}
