import { logger } from 'firebase-functions';
import { HttpsError, onCall, type CallableFunction, type CallableRequest } from 'firebase-functions/https';
import { REGION } from './app.ts';
import { refusal } from './refuse.ts';

/**
 * A callable function whose every failure answers with a Parley code: refusals as they were
 * thrown, and anything unexpected (a Firestore or Auth error) as `internal`, logged here, instead
 * of the framework's bare INTERNAL without a code.
 */
export function callable<T>(name: string, handler: (request: CallableRequest<unknown>) => Promise<T>): CallableFunction<unknown, Promise<T>> {
  return onCall({ region: REGION, cors: true }, async (request: CallableRequest<unknown>) => {
    try {
      return await handler(request);
    } catch (error) {
      if (error instanceof HttpsError) throw error;
      logger.error(`${name} failed`, { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      throw refusal('internal', 'something failed on the server; try again');
    }
  });
}
