import type { Account } from '../client/reader-client.ts';
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
  /** The site and publisher user id of the last SSO sign-in. */
  sso: () => storage.get(SSO_KEY),
  setSso: (value: string | null) => (value ? storage.set(SSO_KEY, value) : storage.remove(SSO_KEY)),
  /** The signature of the last SSO token used here (each is single use: a reload must not send it again). */
  ssoUsed: () => storage.get(SSO_USED_KEY),
  setSsoUsed: (signature: string) => storage.set(SSO_USED_KEY, signature),
};
