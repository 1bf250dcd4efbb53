import { useI18n } from '../app/i18n-context.ts';
import type { ComposerModel } from './composer-model.ts';
import { TextField } from './TextField.tsx';

/** Name, email and website for a guest, plus the honeypot field people never see. */
export function GuestFields({ composer, idPrefix }: { composer: ComposerModel; idPrefix: string }) {
  const i18n = useI18n();
  const errors = composer.errors.value;
  return (
    <div class="guest">
      <TextField id={`${idPrefix}-name`} label={i18n.t('guest.name')} value={composer.name} type="text" autoComplete="name" code={errors.name} required onEdit={() => composer.clearError('name')} />
      <TextField
        id={`${idPrefix}-email`}
        label={i18n.t('guest.email')}
        value={composer.email}
        type="email"
        autoComplete="email"
        code={errors.email}
        hint={i18n.t('guest.emailHint')}
        required
        onEdit={() => composer.clearError('email')}
      />
      <TextField id={`${idPrefix}-website`} label={i18n.t('guest.website')} value={composer.website} type="url" autoComplete="url" code={errors.website} onEdit={() => composer.clearError('website')} />
      <div class="hp" aria-hidden="true">
        <label>
          {i18n.t('guest.honeypot')}
          <input type="text" tabIndex={-1} autoComplete="off" value={composer.hp} onInput={(event) => (composer.hp.value = event.currentTarget.value)} />
        </label>
      </div>
    </div>
  );
}
