import { HttpsError } from 'firebase-functions/https';
import { ERROR_CODES, fieldOf, type ErrorCode, type ErrorDetails } from '../../../core/src/errors.ts';

/** Builds the HttpsError for a Parley error code; `details` carries the code and its field. */
export function refusal(code: ErrorCode, message: string = code): HttpsError {
  const details: ErrorDetails = { code, field: fieldOf(code) };
  return new HttpsError(ERROR_CODES[code], message, details);
}

/** Throws the HttpsError for a Parley error code. */
export function refuse(code: ErrorCode, message?: string): never {
  throw refusal(code, message);
}
