import type { CallInput } from '../../../core/src/callables.ts';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import * as v from 'valibot';
import type { SsoSignInResult } from '../../../core/src/api.ts';
import { NameSchema } from '../../../core/src/validation.ts';
import { auth, db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { loadSecrets, loadSite } from '../sites/site-config.ts';
import { callable } from '../shared/callable.ts';

/** Longest time a payload may still be valid when it arrives (issuers set `exp` at most this far ahead). */
export const SSO_MAX_LIFETIME_SEC = 10 * 60;

const PayloadSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: NameSchema,
  avatar: v.optional(v.pipe(v.string(), v.maxLength(1000), v.regex(/^https:\/\/\S+$/))),
  email: v.optional(v.pipe(v.string(), v.maxLength(254), v.email())),
  /** Expiry, in seconds since the epoch. */
  exp: v.pipe(v.number(), v.integer()),
});

/** A verified publisher user. */
export type SsoUser = v.InferOutput<typeof PayloadSchema>;

/** Signs a payload as a publisher's backend does (used by tests and the demo publisher page). */
export function signSsoPayload(payload: SsoUser, secret: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/**
 * Checks a publisher token: the HMAC-SHA256 signature with the site's secret (in constant time),
 * the payload's shape, and an expiry in the future but no more than ten minutes away.
 * Refuses with `sso-invalid`; single use is enforced by the caller.
 */
export function verifySsoToken(token: string, secret: string, nowSec: number): SsoUser {
  const [body = '', signature = ''] = token.split('.');
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) refuse('sso-invalid');
  // base64url's last character carries unused bits: only the canonical spelling of the signature
  // is accepted, so one signed payload is one token (single use is keyed on it).
  if (given.toString('base64url') !== signature) refuse('sso-invalid');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    refuse('sso-invalid');
  }
  const parsed = v.safeParse(PayloadSchema, payload);
  if (!parsed.success) refuse('sso-invalid');
  const { exp } = parsed.output;
  if (exp <= nowSec || exp > nowSec + SSO_MAX_LIFETIME_SEC) refuse('sso-invalid');
  return parsed.output;
}

/** The Firebase uid of a publisher's user: namespaced per site, so two sites' user 42 never meet. */
export function ssoUid(siteId: string, userId: string): string {
  return `sso-${siteId}-${createHash('sha256').update(userId).digest('base64url').slice(0, 32)}`;
}

/**
 * Exchanges a publisher-signed payload for a Firebase custom token. Each token is accepted once;
 * the account's name and avatar follow the publisher's latest payload.
 */
export async function ssoSignIn(input: CallInput<'ssoSignIn'>, _request: CallableRequest<unknown>): Promise<SsoSignInResult> {
  const { siteId, token } = input;
  if (!(await loadSite(siteId)).providers.includes('sso')) refuse('provider-disabled');
  const secret = (await loadSecrets(siteId)).ssoSecret;
  if (!secret) refuse('sso-invalid', 'this site has no SSO secret');
  const user = verifySsoToken(token, secret, Math.floor(Date.now() / 1000));
  const uid = ssoUid(siteId, user.id);
  const existing = await auth.getUser(uid).catch(() => null);
  // Every refusal comes before the token is spent: a refused request changes nothing.
  if (existing?.disabled) refuse('account-disabled');

  // Keyed on the decoded signature, not the token's spelling (see verifySsoToken).
  const nonce = col.ssoNonces().doc(createHash('sha256').update(Buffer.from(token.split('.')[1]!, 'base64url')).digest('base64url'));
  try {
    await nonce.create({ siteId, expireAt: Timestamp.fromMillis((user.exp + 60) * 1000) });
  } catch {
    refuse('sso-invalid', 'this sign-in was already used');
  }

  // updateUser clears a photo with null; createUser wants it left out.
  if (existing) await auth.updateUser(uid, { displayName: user.name, photoURL: user.avatar ?? null });
  else await auth.createUser({ uid, displayName: user.name, ...(user.avatar ? { photoURL: user.avatar } : {}) });
  await db.doc(`users/${uid}`).set({ name: user.name, email: user.email ?? null, website: '', provider: 'sso', ssoSite: siteId }, { merge: true });
  // The avatar travels in the token's claims, which only this function sets: the account's own
  // photo can be changed by its holder (see authorOf).
  return { customToken: await auth.createCustomToken(uid, { sso: siteId, ...(user.avatar ? { ssoAvatar: user.avatar } : {}) }), uid };
}

/** The callable. */
export const ssoSignInFn = callable('ssoSignIn', ssoSignIn);
