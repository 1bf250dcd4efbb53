import { fieldOf, type ErrorCode, type ErrorField } from '../../../core/src/errors.ts';

/**
 * Codes the client adds to the server's: the network failed, a sign-in popup was blocked or
 * closed, a report of illegal content came without the explanation the server requires, and
 * what Firebase Auth answers when signing in: the provider is not enabled, the address already
 * has an account with another method, an email link expired or was used, or was opened with
 * another address than the one it was sent to, or the provider's sign-in helper could not load;
 * and, for a reader's own data, that this browser no longer holds the account that posted.
 */
export type ClientErrorCode =
  | ErrorCode
  | 'network'
  | 'popup-blocked'
  | 'popup-closed'
  | 'details-missing'
  | 'provider-disabled'
  | 'account-exists'
  | 'link-invalid'
  | 'link-email-mismatch'
  | 'sign-in-unavailable'
  | 'session-lost';

/** Every failure the client modules report: a stable code and the form field it concerns. */
export class ParleyError extends Error {
  override name = 'ParleyError';
  constructor(
    readonly code: ClientErrorCode,
    readonly field: ErrorField = null,
  ) {
    super(code);
  }

  /**
   * Converts whatever a callable or fetch rejected with: the Parley code in its details, or
   * `internal`. Never reads message text. The code is checked for its form only, so the first
   * paint does not carry the server's whole code list; a code without a translated message is
   * shown as `internal` (the translator falls back).
   */
  static from(error: unknown): ParleyError {
    if (error instanceof ParleyError) return error;
    const fbCode = (error as { code?: unknown } | null)?.code;
    if (fbCode === 'functions/unavailable' || fbCode === 'functions/deadline-exceeded' || fbCode === 'auth/network-request-failed') {
      return new ParleyError('network');
    }
    const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
    if (typeof code !== 'string' || !/^[a-z]+(?:-[a-z]+)*$/.test(code)) return new ParleyError('internal');
    return new ParleyError(code as ErrorCode, fieldOf(code as ErrorCode));
  }
}
