import type { SignInFailure } from '../../client/moderator/errors.ts';

/** What the sign-in page says for each failure. */
export const SIGN_IN_FAILURES: Record<SignInFailure, string> = {
  'wrong-credentials': 'That email and password do not match an account.',
  'invalid-email': 'Please enter a valid email address.',
  'invalid-link': 'This sign-in link has expired or was already used. Ask for a new one.',
  'provider-disabled': 'This sign-in method is not enabled for this project.',
  'popup-blocked': 'The sign-in window was blocked. Allow pop-ups for this page and try again.',
  'popup-closed': 'The sign-in window was closed before signing in.',
  'too-many-attempts': 'Too many attempts. Wait a few minutes and try again.',
  network: 'The server could not be reached. Check the connection and try again.',
  other: 'Signing in failed. Try again.',
};
