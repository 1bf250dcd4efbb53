import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';
import { DeleteAccountConfirm } from './DeleteAccountConfirm.tsx';
import type { IdentityModel } from './identity-model.ts';

/**
 * "Your data" for a reader who posted as a guest on this browser: download it, or delete it (the
 * guest's own "delete my account"). A disclosure, so it stays out of the way of writing; the
 * confirmation opens inside it, and cancelling returns focus to the button that asked.
 */
export function GuestData({ identity, idPrefix }: { identity: IdentityModel; idPrefix: string }) {
  const i18n = useI18n();
  const deleteButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const deleting = identity.step.value === 'delete';
  // Deleted, the disclosure goes with the data, and focus moves to the text box.
  const { view } = useWidget();
  useEffect(() => {
    if (deleting || !returnFocus.current) return;
    returnFocus.current = false;
    deleteButton.current?.focus();
  }, [deleting]);
  return (
    <details class="guest-data">
      <summary>{i18n.t('identity.guestData')}</summary>
      {deleting ? (
        <DeleteAccountConfirm identity={identity} guest onDone={() => (returnFocus.current = true)} onDeleted={() => view.focus(`${idPrefix}-body`)} />
      ) : (
        <>
          <p class="hint">{i18n.t('identity.guestDataHint')}</p>
          <div class="composer-actions">
            <button type="button" class="secondary" aria-disabled={identity.busy.value} onClick={() => !identity.busy.value && void identity.download()}>
              {i18n.t('identity.download')}
            </button>
            <button ref={deleteButton} type="button" class="secondary danger-text" onClick={() => identity.goTo('delete')}>
              {i18n.t('identity.guestDelete')}
            </button>
          </div>
        </>
      )}
    </details>
  );
}
