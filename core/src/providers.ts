/**
 * The identity providers: the one list the functions, the widget, the console and the build
 * scripts import. A new provider starts here; the type checker then names every table that has
 * to learn it (brand names, Firebase Auth provider classes, messages).
 */

/** Social sign-in providers, by Firebase Auth provider id, in the order pickers list them. */
export const SOCIAL_PROVIDERS = ['google.com', 'github.com', 'microsoft.com', 'apple.com', 'facebook.com', 'twitter.com'] as const;

/** A social sign-in provider. */
export type SocialProvider = (typeof SOCIAL_PROVIDERS)[number];

/** Every way an author can be signed in: guest, email link, a social provider, or the site's own login (SSO). */
export const PROVIDERS = ['guest', 'email', ...SOCIAL_PROVIDERS, 'sso'] as const;

/** How an author signed in. */
export type Provider = (typeof PROVIDERS)[number];

/** Whether a value names a social provider (site settings and build configs are read as plain strings). */
export function isSocialProvider(id: unknown): id is SocialProvider {
  return (SOCIAL_PROVIDERS as readonly unknown[]).includes(id);
}

/**
 * The provider behind a Firebase Auth sign-in method (an ID token's `firebase.sign_in_provider`),
 * or null for a method Parley does not know. Custom tokens are only minted for site SSO.
 */
export function providerOfSignInMethod(method: string): Provider | null {
  if (method === 'anonymous') return 'guest';
  if (method === 'password' || method === 'emailLink') return 'email';
  if (method === 'custom') return 'sso';
  return isSocialProvider(method) ? method : null;
}
