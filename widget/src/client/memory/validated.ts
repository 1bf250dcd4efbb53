import { CALLABLE_SCHEMAS } from '../../../../core/src/callable-schemas.ts';
import type { CallableName, CallInput, CallRequest } from '../../../../core/src/callables.ts';
import { fieldOf } from '../../../../core/src/errors.ts';
import { check } from '../../../../core/src/validation.ts';
import { ParleyError } from '../parley-error.ts';

/**
 * Checks a callable's payload with the schema the function checks it with (core's), so the
 * in-memory clients refuse what the server refuses, with the same code and field. Answers the
 * cleaned input, as the function's handler receives it.
 */
export function validated<N extends CallableName>(name: N, request: CallRequest<N>): CallInput<N> {
  const checked = check(CALLABLE_SCHEMAS[name], request);
  if (!checked.ok) throw new ParleyError(checked.code, fieldOf(checked.code));
  return checked.value;
}
