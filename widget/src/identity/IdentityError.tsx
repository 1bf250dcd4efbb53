import { useI18n } from '../app/i18n-context.ts';
import type { IdentityModel } from './identity-model.ts';

/**
 * Why the last sign-in or account action failed (an alert), placed where the reader acted: under
 * the sign-in buttons, or under the account bar. The address and name forms show their own
 * errors next to their field instead.
 */
export function IdentityError({ identity, idPrefix }: { identity: IdentityModel; idPrefix: string }) {
  const i18n = useI18n();
  const step = identity.step.value;
  const from = identity.errorFrom.value;
  const ownField = (step === 'email' && from === 'link') || (step === 'confirm' && from === 'finish') || (step === 'name' && from === 'rename');
  const error = ownField ? null : identity.error.value;
  return (
    <p id={`${idPrefix}-identity-error`} class="error" role="alert" hidden={!error}>
      {error ? i18n.t(`error.${error}`) : ''}
    </p>
  );
}
