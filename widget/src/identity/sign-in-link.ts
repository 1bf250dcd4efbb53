/** The query parameters an email sign-in link adds to the page it returns to. */
const LINK_PARAMS = ['mode', 'oobCode', 'apiKey', 'lang', 'continueUrl', 'tenantId'];

/** True when the address carries an email sign-in link's parameters (checked without Firebase). */
export function hasSignInLink(href: string): boolean {
  const params = new URL(href).searchParams;
  return params.get('mode') === 'signIn' && params.has('oobCode');
}

/** The address without a sign-in link's parameters: the page the link was asked from. */
export function withoutSignInLink(href: string): string {
  if (!hasSignInLink(href)) return href;
  const url = new URL(href);
  for (const name of LINK_PARAMS) url.searchParams.delete(name);
  return url.href;
}

/** The publisher's login page, told where to come back to (`return`). */
export function ssoLoginUrl(login: string, back: string): string {
  const url = new URL(login, back);
  url.searchParams.set('return', back);
  return url.href;
}

/** The publisher's user id in an SSO token (unverified: only to skip signing in again as the same user). */
export function ssoUserId(token: string): string | null {
  try {
    const body = token.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/');
    const id = (JSON.parse(atob(body)) as { id?: unknown }).id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
