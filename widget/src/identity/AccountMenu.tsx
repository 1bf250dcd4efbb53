import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import type { IdentityModel } from './identity-model.ts';

/**
 * The account menu: a list of buttons (Tab moves through them, Escape closes it). Focus starts on
 * the first. `onDone` closes it; `refocus` when the chosen item opens no form of its own, so focus
 * returns to the menu button. `onSignedOut` follows a sign-out, which removes that button.
 */
export function AccountMenu({ id, identity, onDone, onSignedOut }: { id: string; identity: IdentityModel; onDone: (refocus: boolean) => void; onSignedOut: () => void }) {
  const i18n = useI18n();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => list.current?.querySelector('button')?.focus(), []);
  const item = (label: string, action: () => void, refocus: boolean, danger = false) => (
    <li>
      <button
        type="button"
        class={danger ? 'menu-item danger-text' : 'menu-item'}
        onClick={() => {
          onDone(refocus);
          action();
        }}
      >
        {label}
      </button>
    </li>
  );
  return (
    <ul id={id} ref={list} class="account-menu" aria-label={i18n.t('identity.menu')}>
      {item(i18n.t('identity.changeName'), () => identity.goTo('name'), false)}
      {item(i18n.t('identity.download'), () => void identity.download(), true)}
      {item(i18n.t('identity.delete'), () => identity.goTo('delete'), false, true)}
      {item(i18n.t('identity.signOut'), () => void identity.signOut().then((done) => done && onSignedOut()), true)}
    </ul>
  );
}
