import type { UserRecord } from 'firebase-admin/auth';
import type { CallableRequest } from 'firebase-functions/https';
import type { AuthorCard, Badge, Provider } from '../../../core/src/types.ts';
import { providerOfSignInMethod } from '../../../core/src/providers.ts';
import { cleanSingleLine } from '../../../core/src/text.ts';
import { holdsEmail, NAME_MAX } from '../../../core/src/validation.ts';
import { refuse } from '../shared/refuse.ts';

/** The verified identity of a callable's caller. */
export type AuthData = NonNullable<CallableRequest['auth']>;

/** A caller's role on a site, from custom claims `{ roles: { [siteId]: 'owner' | 'moderator' } }`. */
export type Role = 'owner' | 'moderator';

/** The caller's role on a site, or null. Roles only ever come from custom claims. */
export function roleOn(auth: AuthData | undefined, siteId: string): Role | null {
  return roleInClaims(auth?.token, siteId);
}

/** The role on a site in a set of custom claims (a token's, or an account's as Auth holds them now). */
export function roleInClaims(claims: Record<string, unknown> | undefined, siteId: string): Role | null {
  const roles = claims?.roles as Record<string, unknown> | undefined;
  const role = roles && typeof roles === 'object' && Object.hasOwn(roles, siteId) ? roles[siteId] : undefined;
  return role === 'owner' || role === 'moderator' ? role : null;
}

/**
 * The identity path the caller signed in with. A password account whose address was never
 * verified is a guest: anyone can open one under any address with the web API key, and a site
 * that offers only email links asks its readers to prove their address.
 */
export function providerOf(auth: AuthData): Provider {
  const signIn = (auth.token.firebase as { sign_in_provider?: string } | undefined)?.sign_in_provider ?? '';
  if (signIn === 'password' && auth.token.email_verified !== true) return 'guest';
  return providerOfSignInMethod(signIn) ?? 'guest';
}

/** An avatar address every reader's browser may load: https, of a sane length. */
function httpsUrl(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 1000 && /^https:\/\/\S+$/.test(value) ? value : null;
}

/**
 * The author's avatar: the photo the provider gave, never the account's own `photoURL` (the
 * token's `picture`), which its holder can point anywhere with the Auth SDK: at a tracker that
 * logs every reader's IP address, or at a Gravatar, an email hash. For SSO, the publisher's
 * avatar, carried in the custom token's claims by ssoSignIn.
 */
function avatarOf(auth: AuthData, provider: Provider, account: UserRecord | undefined): string | null {
  if (provider === 'sso') return httpsUrl(auth.token.ssoAvatar);
  // Email and guest accounts have no provider behind them: Auth copies their own photo there.
  if (provider === 'email' || provider === 'guest') return null;
  const signIn = (auth.token.firebase as { sign_in_provider?: string } | undefined)?.sign_in_provider;
  return httpsUrl(account?.providerData.find((entry) => entry.providerId === signIn)?.photoURL);
}

/** Who is posting: the public card and the private email. */
export interface Author {
  card: AuthorCard;
  email: string | null;
  website: string;
}

/**
 * Builds the author of a new comment. Guests (anonymous auth) must give a name and an email;
 * signed-in users post under their account's name. Badges come from custom claims only. SSO
 * users may post only on the site whose publisher signed them in (`sso-invalid` elsewhere).
 */
export function authorOf(
  auth: AuthData | undefined,
  siteId: string,
  guest: { name: string; email: string; website: string } | undefined,
  /** The account as Auth holds it now (assertActive's answer): where the provider's photo is. */
  account?: UserRecord,
): Author {
  if (!auth) refuse('sign-in-required');
  const provider = providerOf(auth);
  // Publisher SSO users are namespaced per site: a token minted for one site's users (its `sso`
  // claim) is no identity on another site, even one that offers SSO too.
  if (provider === 'sso' && auth.token.sso !== siteId) refuse('sso-invalid', 'this sign-in belongs to another site');
  const role = roleOn(auth, siteId);
  const badges: Badge[] = role ? [role] : [];
  if (provider === 'guest') {
    if (!guest) refuse('name-missing');
    return {
      card: { uid: auth.uid, name: guest.name, avatar: null, provider, badges },
      email: guest.email,
      website: guest.website,
    };
  }
  // Some providers put the email address in the display name; it must never be published. A
  // typed name (the guest fields) was checked by the request's schema.
  const accountName = typeof auth.token.name === 'string' ? cleanSingleLine(auth.token.name).slice(0, NAME_MAX) : '';
  const name = accountName && !holdsEmail(accountName) ? accountName : guest?.name;
  if (!name) refuse('name-missing');
  return {
    card: { uid: auth.uid, name, avatar: avatarOf(auth, provider, account), provider, badges },
    email: typeof auth.token.email === 'string' ? auth.token.email : null,
    website: guest?.website ?? '',
  };
}

/**
 * Refuses a caller who may not take part on the site: an SSO user of another site
 * (`sso-invalid`), or one who signed in a way the site does not offer (`provider-disabled`), staff
 * excepted. Reactions and reports need it as comments do: three throwaway guest accounts must not
 * hold a comment for review on a site that takes no guests.
 */
export function assertMayTakePart(auth: AuthData, siteId: string, site: { providers: readonly Provider[] }): void {
  const provider = providerOf(auth);
  if (provider === 'sso' && auth.token.sso !== siteId) refuse('sso-invalid', 'this sign-in belongs to another site');
  if (!site.providers.includes(provider) && !roleOn(auth, siteId)) refuse('provider-disabled');
}
