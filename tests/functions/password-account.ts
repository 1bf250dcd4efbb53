import { emulator, signInWithPassword, type TestUser } from '../support/emulator.ts';

/**
 * Opens a password account as any visitor can with the project's web API key: the address is
 * whatever they typed, unverified. Answers it signed in.
 */
export async function signUpWithPassword(email: string, password: string): Promise<TestUser> {
  const response = await fetch(`${emulator.auth}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=fake-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, returnSecureToken: true }),
  });
  if (!response.ok) throw new Error(`Auth emulator sign-up: ${response.status} ${await response.text()}`);
  return signInWithPassword(email, password);
}
