import { ParleyError, type ClientErrorCode } from '../parley-error.ts';

/** Firebase Auth error codes a reader can cause while signing in, and what the widget says. */
const AUTH_CODES: Record<string, ClientErrorCode> = {
  'auth/popup-blocked': 'popup-blocked',
  'auth/popup-closed-by-user': 'popup-closed',
  'auth/cancelled-popup-request': 'popup-closed',
  'auth/user-cancelled': 'popup-closed',
  'auth/network-request-failed': 'network',
  'auth/operation-not-allowed': 'provider-disabled',
  'auth/admin-restricted-operation': 'provider-disabled',
  'auth/account-exists-with-different-credential': 'account-exists',
  'auth/email-already-in-use': 'account-exists',
  'auth/credential-already-in-use': 'account-exists',
  'auth/invalid-action-code': 'link-invalid',
  'auth/expired-action-code': 'link-invalid',
  'auth/argument-error': 'link-invalid',
  'auth/invalid-email': 'link-email-mismatch',
  'auth/user-disabled': 'account-disabled',
  'auth/too-many-requests': 'rate-limited',
};

/**
 * Converts what Firebase Auth or a callable rejected with into a ParleyError: Auth's own codes
 * through the table above, everything else as `ParleyError.from` reads it.
 */
export function signInError(error: unknown): ParleyError {
  const code = (error as { code?: unknown } | null)?.code;
  const mapped = typeof code === 'string' ? AUTH_CODES[code] : undefined;
  return mapped ? new ParleyError(mapped) : ParleyError.from(error);
}
