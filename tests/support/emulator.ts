import { expect } from 'vitest';
import { PROJECT_ID } from '../../scripts/lib/paths.ts';

/**
 * Helpers for tests that talk to the running emulators over their REST APIs, exactly as a
 * browser or another server would.
 */

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through \`npm test\`, which starts the emulators.`);
  return value;
}

/** Base URLs of the emulators. */
export const emulator = {
  get firestore() {
    return `http://${required('FIRESTORE_EMULATOR_HOST')}`;
  },
  get auth() {
    return `http://${required('FIREBASE_AUTH_EMULATOR_HOST')}`;
  },
  get functions() {
    return required('PARLEY_FUNCTIONS_ORIGIN');
  },
  get hosting() {
    return required('PARLEY_HOSTING_ORIGIN');
  },
};

/** Deletes every document of the project in the Firestore emulator. */
export async function clearFirestore(projectId = PROJECT_ID): Promise<void> {
  const response = await fetch(`${emulator.firestore}/emulator/v1/projects/${projectId}/databases/(default)/documents`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`clearing Firestore failed: ${response.status}`);
}

/** Deletes every account in the Auth emulator. */
export async function clearAuth(): Promise<void> {
  const response = await fetch(`${emulator.auth}/emulator/v1/projects/${PROJECT_ID}/accounts`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`clearing Auth failed: ${response.status}`);
}

/** A signed-in test user. */
export interface TestUser {
  uid: string;
  idToken: string;
}

async function identity(path: string, body: unknown): Promise<TestUser> {
  const response = await fetch(`${emulator.auth}/identitytoolkit.googleapis.com/v1/${path}?key=fake-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = (await response.json()) as { localId?: string; idToken?: string; error?: { message: string } };
  if (!data.idToken) throw new Error(`Auth emulator: ${data.error?.message ?? response.status}`);
  // Custom-token sign-in answers without localId; the token itself names the user.
  const uid = data.localId ?? (JSON.parse(Buffer.from(data.idToken.split('.')[1]!, 'base64url').toString()) as { user_id: string }).user_id;
  return { uid, idToken: data.idToken };
}

/** Signs up a new anonymous user (a guest). */
export function signUpAnonymous(): Promise<TestUser> {
  return identity('accounts:signUp', { returnSecureToken: true });
}

/** Signs in with email and password. */
export function signInWithPassword(email: string, password: string): Promise<TestUser> {
  return identity('accounts:signInWithPassword', { email, password, returnSecureToken: true });
}

/** What a callable answered: its data, or its error (status, and Parley's code in details). */
export type CallResult<T> = { ok: true; data: T } | { ok: false; status: string; code: string | undefined; message: string };

/** Calls a callable function over the callable protocol, as the Firebase SDK does. */
export async function call<T = unknown>(
  name: string,
  data: unknown,
  user?: TestUser | null,
  headers: Record<string, string> = {},
  /** The exact request body, for requests JSON.stringify cannot produce (prototype keys). */
  rawBody?: string,
): Promise<CallResult<T>> {
  const response = await fetch(`${emulator.functions}/${PROJECT_ID}/us-central1/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(user ? { authorization: `Bearer ${user.idToken}` } : {}), ...headers },
    body: rawBody ?? JSON.stringify({ data }),
  });
  const body = (await response.json()) as { result?: T; error?: { status: string; message: string; details?: { code?: string } } };
  if (body.error) return { ok: false, status: body.error.status, code: body.error.details?.code, message: body.error.message };
  return { ok: true, data: body.result as T };
}

/** Signs in with a custom token (as the widget does after SSO). */
export function signInWithCustomToken(token: string): Promise<TestUser> {
  return identity('accounts:signInWithCustomToken', { token, returnSecureToken: true });
}

/** Completes an email-link sign-in with the link's out-of-band code. */
export function signInWithEmailLink(email: string, oobCode: string): Promise<TestUser> {
  return identity('accounts:signInWithEmailLink', { email, oobCode, returnSecureToken: true });
}

/** The latest sign-in link the Auth emulator made for this address (its out-of-band codes), waiting for it to appear. */
export async function signInLinkFor(email: string): Promise<string> {
  const poll = async () => {
    const response = await fetch(`${emulator.auth}/emulator/v1/projects/${PROJECT_ID}/oobCodes`);
    const { oobCodes } = (await response.json()) as { oobCodes: Array<{ email: string; oobLink: string; requestType: string }> };
    return oobCodes.filter((code) => code.email === email && code.requestType === 'EMAIL_SIGNIN').at(-1)?.oobLink ?? '';
  };
  await expect.poll(poll, { timeout: 15_000 }).not.toBe('');
  return poll();
}
