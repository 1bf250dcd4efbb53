import type { Account } from '../client/reader/reader-client.ts';
import { storage } from '../session/storage.ts';

const ACCOUNT_KEY = 'parley:account';
const LINK_KEY = 'parley:email-link';
const SSO_KEY = 'parley:sso';
const SSO_USED_KEY = 'parley:sso-used';

function read<T>(key: string): T | null {
  try {
    return JSON.parse(storage.get(key) ?? 'null') as T | null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  if (value === null) storage.remove(key);
  else storage.set(key, JSON.stringify(value));
}

/** An email link this browser asked for: the address, and whether completing it should keep the guest account. */
export interface PendingLink {
  email: string;
  linkGuest: boolean;
}

/**
 * What this browser remembers about signing in, so the composer shows who is posting before
 * Firebase Auth has loaded, and an email link opened in another tab finds its address.
 */
export const remembered = {
  account: () => read<Account>(ACCOUNT_KEY),
  setAccount: (account: Account | null) => write(ACCOUNT_KEY, account && account.provider !== 'guest' ? account : null),
  link: () => read<PendingLink>(LINK_KEY),
  setLink: (link: PendingLink | null) => write(LINK_KEY, link),
  /** Remembers (or forgets) the site and publisher user id of the last SSO sign-in. */
  setSso: (value: string | null) => (value ? storage.set(SSO_KEY, value) : storage.remove(SSO_KEY)),
  /** Remembers the signature of the SSO token just used (each is single use). */
  setSsoUsed: (token: string) => storage.set(SSO_USED_KEY, token.split('.')[1] ?? ''),
  /**
   * True when a token needs no sign-in: a reload hands the same token again (single use, it could
   * not sign in twice), or the publisher renders a token of the reader already signed in here.
   */
  isSsoKnown(site: string, token: string, user: string | null): boolean {
    if (storage.get(SSO_USED_KEY) === (token.split('.')[1] ?? '')) return true;
    return user !== null && remembered.account()?.provider === 'sso' && storage.get(SSO_KEY) === `${site}:${user}`;
  },
};
