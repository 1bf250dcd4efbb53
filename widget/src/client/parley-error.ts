import { errorDetailsOf, type ErrorCode, type ErrorField } from '../../../core/src/errors.ts';

/**
 * Codes the client adds to the server's: the network failed, a sign-in popup was blocked or
 * closed, or a report of illegal content came without the explanation the server requires.
 */
export type ClientErrorCode = ErrorCode | 'network' | 'popup-blocked' | 'popup-closed' | 'details-missing';

/** Every failure the client modules report: a stable code and the form field it concerns. */
export class ParleyError extends Error {
  override name = 'ParleyError';
  constructor(
    readonly code: ClientErrorCode,
    readonly field: ErrorField = null,
  ) {
    super(code);
  }

  /** Converts whatever a callable or fetch rejected with. Never reads message text. */
  static from(error: unknown): ParleyError {
    if (error instanceof ParleyError) return error;
    const fbCode = (error as { code?: unknown } | null)?.code;
    if (fbCode === 'functions/unavailable' || fbCode === 'functions/deadline-exceeded' || fbCode === 'auth/network-request-failed') {
      return new ParleyError('network');
    }
    const { code, field } = errorDetailsOf(error);
    return new ParleyError(code, field);
  }
}
