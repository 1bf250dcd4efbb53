import { ParleyError } from '../parley-error.ts';

/** Why a console sign-in failed, as the sign-in page explains it. */
export type SignInFailure =
  | 'wrong-credentials'
  | 'invalid-email'
  | 'invalid-link'
  | 'provider-disabled'
  | 'popup-blocked'
  | 'popup-closed'
  | 'too-many-attempts'
  | 'network'
  | 'other';

/** A failed console sign-in. Never carries Firebase's message text, only a stable reason. */
export class SignInError extends Error {
  override name = 'SignInError';
  constructor(readonly reason: SignInFailure) {
    super(reason);
  }

  /** Converts what Firebase Auth rejected with. */
  static from(error: unknown): SignInError {
    if (error instanceof SignInError) return error;
    const code = String((error as { code?: unknown } | null)?.code ?? '');
    const reasons: Record<string, SignInFailure> = {
      'auth/wrong-password': 'wrong-credentials',
      'auth/invalid-credential': 'wrong-credentials',
      'auth/invalid-login-credentials': 'wrong-credentials',
      'auth/user-not-found': 'wrong-credentials',
      'auth/user-disabled': 'wrong-credentials',
      'auth/invalid-email': 'invalid-email',
      'auth/missing-email': 'invalid-email',
      'auth/invalid-action-code': 'invalid-link',
      'auth/expired-action-code': 'invalid-link',
      'auth/operation-not-allowed': 'provider-disabled',
      'auth/popup-blocked': 'popup-blocked',
      'auth/popup-closed-by-user': 'popup-closed',
      'auth/cancelled-popup-request': 'popup-closed',
      'auth/too-many-requests': 'too-many-attempts',
      'auth/network-request-failed': 'network',
    };
    return new SignInError(reasons[code] ?? 'other');
  }
}

/**
 * Converts a Firestore listener or query failure. A refusal by the rules means the caller does not
 * moderate the site; anything else is logged as is (a missing index names its creation link there).
 */
export function readError(error: unknown): ParleyError {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'permission-denied') return new ParleyError('not-moderator');
  if (code === 'unavailable') return new ParleyError('network');
  console.error('Parley console: a read failed', error);
  return new ParleyError('internal');
}
