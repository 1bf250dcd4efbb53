import { describe, expect, it } from 'vitest';
import { signInError } from '../../widget/src/client/reader/auth-errors.ts';
import { ParleyError } from '../../widget/src/client/parley-error.ts';

describe('sign-in errors', () => {
  it.each([
    ['auth/popup-blocked', 'popup-blocked'],
    ['auth/popup-closed-by-user', 'popup-closed'],
    ['auth/cancelled-popup-request', 'popup-closed'],
    ['auth/network-request-failed', 'network'],
    ['auth/operation-not-allowed', 'provider-disabled'],
    ['auth/account-exists-with-different-credential', 'account-exists'],
    ['auth/credential-already-in-use', 'account-exists'],
    ['auth/expired-action-code', 'link-invalid'],
    ['auth/invalid-action-code', 'link-invalid'],
    ['auth/invalid-email', 'link-email-mismatch'],
    ['auth/user-disabled', 'account-disabled'],
    ['auth/too-many-requests', 'rate-limited'],
  ])('reads Firebase Auth’s %s as %s', (code, expected) => {
    expect(signInError({ code, message: 'whatever' }).code).toBe(expected);
  });

  it('keeps the Parley code of a refused callable and reads anything else as internal', () => {
    expect(signInError({ code: 'functions/unauthenticated', details: { code: 'sso-invalid' } }).code).toBe('sso-invalid');
    expect(signInError(new ParleyError('name-reserved', 'name')).field).toBe('name');
    expect(signInError({ code: 'auth/something-new' }).code).toBe('internal');
  });
});
