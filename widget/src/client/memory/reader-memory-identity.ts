import type { ExportResult } from '../../../../core/src/api.ts';
import { ParleyError } from '../parley-error.ts';
import { validated } from './validated.ts';
import type { Account, GuestOutcome, ReaderClient, SignInResult, SocialProvider } from '../reader/reader-client.ts';

/** How the in-memory identity behaves: who is signed in, and which accounts already exist. */
export interface MemoryIdentityOptions {
  /** The account signed in when the test starts (default: nobody; posting makes a guest). */
  account?: Account | null;
  /** Providers whose account is already someone's Parley account (linking a guest fails, the reader signs in to it). */
  takenProviders?: SocialProvider[];
  /** Addresses that already have an account (an email link signs in to it instead of linking). */
  existingEmails?: string[];
  /** Name and photo each provider reports; email-link accounts start without a name. */
  profiles?: Partial<Record<SocialProvider, { name: string; avatar: string | null }>>;
}

/** A sign-in link the in-memory client "mailed". */
export interface SentLink {
  site: string;
  email: string;
  continueUrl: string;
}

type IdentityMethods = Pick<
  ReaderClient,
  'watchAccount' | 'sendSignInLink' | 'completeSignInLink' | 'signInWithProvider' | 'signInWithSso' | 'signOut' | 'updateProfile' | 'exportMyData' | 'deleteMyAccount'
>;

/** The in-memory identity: the methods, plus hooks for the rest of the in-memory client. */
export interface MemoryIdentity extends IdentityMethods {
  /** The account signed in now. */
  current(): Account | null;
  /** Makes `account` the signed-in one (a guest's first post does this). */
  become(account: Account | null): void;
  readonly links: SentLink[];
}

/** A link as the Auth emulator's would land on the page: the page address plus the link's parameters. */
export function memorySignInLink(continueUrl: string, email: string): string {
  const url = new URL(continueUrl);
  url.searchParams.set('mode', 'signIn');
  url.searchParams.set('oobCode', `code-for-${email}`);
  url.searchParams.set('apiKey', 'test');
  return url.href;
}

/** Creates the in-memory identity; `enter` records calls and fails them on request, `ownComments`/`anonymise` reach the stored comments. */
export function createMemoryIdentity(
  options: MemoryIdentityOptions,
  deps: { enter: (method: string, args: unknown[]) => Promise<void>; exportComments: (uid: string) => ExportResult['comments']; forget: (uid: string) => void },
): MemoryIdentity {
  let current: Account | null = options.account ?? null;
  const listeners = new Set<(account: Account | null) => void>();
  const links: SentLink[] = [];
  const usedTokens = new Set<string>();
  const usedCodes = new Set<string>();
  const become = (account: Account | null) => {
    current = account;
    for (const listener of listeners) listener(current);
  };
  const signIn = (account: Account, linkable: boolean): SignInResult => {
    const guest: GuestOutcome = current?.provider === 'guest' ? (linkable ? 'linked' : 'left') : null;
    const result = { account: guest === 'linked' ? { ...account, uid: current!.uid } : account, guest };
    become(result.account);
    return result;
  };
  const signedIn = () => {
    if (!current) throw new ParleyError('sign-in-required');
    return current;
  };

  return {
    links,
    current: () => current,
    become,
    watchAccount(onAccount) {
      listeners.add(onAccount);
      queueMicrotask(() => listeners.has(onAccount) && onAccount(current));
      return () => listeners.delete(onAccount);
    },
    async sendSignInLink(site, email, continueUrl) {
      await deps.enter('sendSignInLink', [site, email, continueUrl]);
      validated('sendSignInLink', { siteId: site, email, continueUrl });
      links.push({ site, email, continueUrl });
    },
    async completeSignInLink(email, url, linkGuest) {
      await deps.enter('completeSignInLink', [email, url, linkGuest]);
      const code = new URL(url).searchParams.get('oobCode') ?? '';
      // Links are as good as the server's: any unused `code-for-ADDRESS` (another tab or browser may open it).
      if (usedCodes.has(code) || !code.startsWith('code-for-')) throw new ParleyError('link-invalid');
      if (code !== `code-for-${email}`) throw new ParleyError('link-email-mismatch');
      usedCodes.add(code);
      const exists = options.existingEmails?.includes(email) ?? false;
      return signIn({ uid: `email-${email}`, name: '', avatar: null, provider: 'email' }, linkGuest && !exists);
    },
    async signInWithProvider(provider) {
      await deps.enter('signInWithProvider', [provider]);
      const profile = options.profiles?.[provider] ?? { name: 'Pat Social', avatar: null };
      return signIn({ uid: `${provider}-user`, ...profile, provider }, !options.takenProviders?.includes(provider));
    },
    async signInWithSso(site, token) {
      await deps.enter('signInWithSso', [site, token]);
      let payload: { id?: unknown; name?: unknown; avatar?: unknown } = {};
      try {
        payload = JSON.parse(atob(token.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/')));
      } catch {
        throw new ParleyError('sso-invalid');
      }
      if (usedTokens.has(token) || typeof payload.id !== 'string' || typeof payload.name !== 'string') throw new ParleyError('sso-invalid');
      usedTokens.add(token);
      return signIn({ uid: `sso-${site}-${payload.id}`, name: payload.name, avatar: typeof payload.avatar === 'string' ? payload.avatar : null, provider: 'sso' }, false);
    },
    async signOut() {
      await deps.enter('signOut', []);
      become(null);
    },
    async updateProfile(name) {
      await deps.enter('updateProfile', [name]);
      const account = signedIn();
      become({ ...account, name: validated('updateProfile', { name }).name });
      return current!;
    },
    async exportMyData(expected) {
      await deps.enter('exportMyData', [expected]);
      if (expected !== null && current?.uid !== expected) throw new ParleyError('session-lost');
      const { uid, name, provider } = signedIn();
      return { uid, exportedAt: Date.now(), profile: { name, provider }, sites: [], comments: deps.exportComments(uid), reactions: [], reports: [] };
    },
    async deleteMyAccount(expected) {
      await deps.enter('deleteMyAccount', [expected]);
      if (expected !== null && current?.uid !== expected) throw new ParleyError('session-lost');
      deps.forget(signedIn().uid);
      become(null);
    },
  };
}
