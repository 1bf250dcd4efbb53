import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';
import { Avatar } from '../thread/Avatar.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { DeleteAccountConfirm } from './DeleteAccountConfirm.tsx';
import { IdentityError } from './IdentityError.tsx';
import type { IdentityModel } from './identity-model.ts';
import { NameForm } from './NameForm.tsx';

/** The signed-in reader: avatar, "Posting as", and the account menu with its forms and their errors. */
export function AccountBar({ identity, idPrefix }: { identity: IdentityModel; idPrefix: string }) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const member = identity.member.value!;
  const step = identity.step.value;
  const menuId = `${idPrefix}-account-menu`;
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };
  // Signed out or deleted, this bar goes, and focus moves to the text box below it.
  const { view } = useWidget();
  const leave = () => view.focus(`${idPrefix}-body`);
  return (
    <div class="account">
      <div class="account-bar">
        <Avatar author={{ ...member, badges: [] }} />
        <p class="posting-as" dir="auto">
          {member.name ? i18n.t('identity.postingAs', { name: member.name }) : i18n.t('identity.noName')}
        </p>
        <div
          class="menu-wrap"
          onKeyDown={(event) => event.key === 'Escape' && open && (event.stopPropagation(), close(true))}
          // Tabbing past the last item closes the menu, which would otherwise cover the text box
          // focus moved to. (A click that focuses nothing, as in Safari, has no relatedTarget.)
          onFocusOut={(event) => {
            const next = event.relatedTarget as Node | null;
            if (open && next && !event.currentTarget.contains(next)) setOpen(false);
          }}
        >
          <button ref={toggle} type="button" class="secondary" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
            {i18n.t('identity.menu')}
          </button>
          {open && <AccountMenu id={menuId} identity={identity} onDone={close} onSignedOut={leave} />}
        </div>
      </div>
      {step === 'name' && <NameForm identity={identity} idPrefix={idPrefix} onDone={() => toggle.current?.focus()} />}
      {step === 'delete' && <DeleteAccountConfirm identity={identity} onDone={() => toggle.current?.focus()} onDeleted={leave} />}
      <IdentityError identity={identity} idPrefix={idPrefix} />
    </div>
  );
}
