import type { ClientErrorCode } from '../client/parley-error.ts';
import { useI18n } from '../app/i18n-context.ts';

/** The message for an error code, placed next to its field and announced when it appears. */
export function FieldError({ id, code }: { id: string; code: ClientErrorCode | undefined | null }) {
  const i18n = useI18n();
  return (
    <p id={id} class="error" role="alert" hidden={!code}>
      {code ? i18n.t(`error.${code}`) : ''}
    </p>
  );
}
