import { useRef } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { DeleteAccountConfirm } from './DeleteAccountConfirm.tsx';
import type { IdentityModel } from './identity-model.ts';

/**
 * "Your data" for a reader who posted as a guest on this browser: download it, or delete it (the
 * guest's own "delete my account"). A disclosure, so it stays out of the way of writing.
 */
export function GuestData({ identity }: { identity: IdentityModel }) {
  const i18n = useI18n();
  const summary = useRef<HTMLElement>(null);
  if (identity.step.value === 'delete') return <DeleteAccountConfirm identity={identity} guest onDone={() => summary.current?.focus()} />;
  return (
    <details class="guest-data">
      <summary ref={summary}>{i18n.t('identity.guestData')}</summary>
      <p class="hint">{i18n.t('identity.guestDataHint')}</p>
      <div class="composer-actions">
        <button type="button" class="secondary" aria-disabled={identity.busy.value} onClick={() => !identity.busy.value && void identity.download()}>
          {i18n.t('identity.download')}
        </button>
        <button type="button" class="secondary danger-text" onClick={() => identity.goTo('delete')}>
          {i18n.t('identity.guestDelete')}
        </button>
      </div>
    </details>
  );
}
