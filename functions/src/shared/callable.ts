import { logger } from 'firebase-functions';
import { HttpsError, onCall, type CallableFunction, type CallableRequest } from 'firebase-functions/https';
import { CALLABLE_SCHEMAS } from '../../../core/src/callable-schemas.ts';
import type { CallableName, CallInput, CallRequest, CallResult } from '../../../core/src/callables.ts';
import { check } from '../../../core/src/validation.ts';
import { REGION } from './app.ts';
import { refusal, refuse } from './refuse.ts';

/** A callable's handler: the request validated by its schema in core, and the raw request (auth, headers). */
export type Handler<N extends CallableName> = (input: CallInput<N>, request: CallableRequest<unknown>) => Promise<CallResult<N>>;

/**
 * The callable function `name` of core's contract. The request is validated against its schema
 * before the handler runs (the first failing check answers with its code); every failure answers
 * with a Parley code: refusals as they were thrown, and anything unexpected (a Firestore or Auth
 * error) as `internal`, logged here, instead of the framework's bare INTERNAL without a code.
 */
export function callable<N extends CallableName>(name: N, handler: Handler<N>): CallableFunction<CallRequest<N>, Promise<CallResult<N>>> {
  return onCall({ region: REGION, cors: true }, async (request: CallableRequest<unknown>) => {
    try {
      const checked = check(CALLABLE_SCHEMAS[name], request.data);
      if (!checked.ok) refuse(checked.code);
      return await handler(checked.value, request);
    } catch (error) {
      if (error instanceof HttpsError) throw error;
      logger.error(`${name} failed`, { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      throw refusal('internal', 'something failed on the server; try again');
    }
  }) as CallableFunction<CallRequest<N>, Promise<CallResult<N>>>;
}
