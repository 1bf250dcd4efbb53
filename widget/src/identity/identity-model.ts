import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { isSocialProvider } from '../../../core/src/providers.ts';
import { ParleyError, type ClientErrorCode } from '../client/parley-error.ts';
import type { Account, ReaderClient, SignInResult, SocialProvider } from '../client/reader/reader-client.ts';
import type { SessionModel } from '../session/session-model.ts';
import type { ThreadModel } from '../thread/thread-model.ts';
import { isEmailShaped } from '../composer/email-shape.ts';
import { downloadJson } from './download.ts';
import { remembered } from './remembered.ts';
import { hasSignInLink, ssoLoginUrl, ssoUserId, withoutSignInLink } from './sign-in-link.ts';

/**
 * Where the reader is in signing in: choosing (`idle`), typing an address for a link (`email`),
 * waiting for the mail (`sent`), confirming the address of a link opened here (`confirm`),
 * naming themself (`name`) or confirming the deletion of their account (`delete`).
 */
export type IdentityStep = 'idle' | 'email' | 'sent' | 'confirm' | 'name' | 'delete';

/** What the last identity action did, told to the reader. */
export type IdentityNotice = 'signed-in' | 'linked' | 'left' | 'left-link' | 'signed-out' | 'deleted' | 'guest-deleted' | 'renamed' | 'downloaded' | null;

/** The action an error came from, so the form the reader used can show it next to its field. */
export type IdentityAction = 'link' | 'finish' | 'social' | 'sso' | 'rename' | 'sign-out' | 'download' | 'delete';

/** Who is posting and the ways to sign in, out, rename, export and delete. */
export interface IdentityModel {
  /** The account of this browser: a guest, a signed-in reader, or null (nobody yet). */
  readonly account: ReadonlySignal<Account | null>;
  /** The signed-in reader (not a guest), or null. */
  readonly member: ReadonlySignal<Account | null>;
  /** This browser posted as a guest (and nobody is signed in): their data can be downloaded or deleted. */
  readonly postedAsGuest: ReadonlySignal<boolean>;
  readonly allowsGuests: ReadonlySignal<boolean>;
  readonly allowsEmail: ReadonlySignal<boolean>;
  readonly social: ReadonlySignal<SocialProvider[]>;
  /** The publisher's login page, when the site offers SSO and the page names one. */
  readonly ssoLogin: ReadonlySignal<string | null>;
  readonly step: ReadonlySignal<IdentityStep>;
  readonly busy: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<ClientErrorCode | null>;
  /** Which action the error came from. */
  readonly errorFrom: ReadonlySignal<IdentityAction | null>;
  readonly notice: ReadonlySignal<IdentityNotice>;
  /** The address the last link went to. */
  readonly sentTo: ReadonlySignal<string>;
  /** Starts following the account (loads Auth): when the reader starts writing or signing in. */
  activate(): void;
  goTo(step: IdentityStep): void;
  /** Clears the last notice and error (the reader moved on, e.g. posted). */
  dismiss(): void;
  /** Clears the error of a form once the reader edits its field. */
  clearError(from: IdentityAction): void;
  /** Mails a sign-in link; `from` is the composer asking (a reply's parent id, or null), remembered for the return. */
  sendLink(email: string, from?: string | null): Promise<void>;
  finishLink(email: string): Promise<void>;
  signInWith(provider: SocialProvider): Promise<void>;
  sso(token: string): Promise<void>;
  /** Leaves for the publisher's login page; `from` as for sendLink. */
  startSso(from?: string | null): void;
  rename(name: string): Promise<boolean>;
  /** Signs out; answers whether it worked. */
  signOut(): Promise<boolean>;
  download(): Promise<void>;
  /** Deletes the account (a guest's data); answers whether it worked. */
  deleteAccount(): Promise<boolean>;
  dispose(): void;
}

/** What the identity model needs from the widget. */
export interface IdentityDeps {
  client: ReaderClient;
  thread: ThreadModel;
  session: SessionModel;
  site: string;
  /** The publisher's login page (`data-sso-login`), if any. */
  ssoLogin: string | null;
  /** Told about every sign-in (the host's `parley:signin` event). */
  onSignIn: (account: Account) => void;
  /** Told which composer the reader leaves from to sign in elsewhere (a reply's parent id, or null). */
  onLeave?: (from: string | null) => void;
  /** The page's address (tests pass their own). */
  location?: Pick<Location, 'href' | 'assign'>;
}

/** Creates the identity model; completes an email link the page was opened from. */
export function createIdentityModel(deps: IdentityDeps): IdentityModel {
  const { client, thread, session, site } = deps;
  const page = deps.location ?? location;
  const account = signal<Account | null>(remembered.account());
  const step = signal<IdentityStep>('idle');
  const busy = signal(false);
  const error = signal<ClientErrorCode | null>(null);
  const errorFrom = signal<IdentityAction | null>(null);
  const notice = signal<IdentityNotice>(null);
  const sentTo = signal(remembered.link()?.email ?? '');
  const providers = computed(() => thread.site.value?.providers ?? ['guest']);
  let stop: (() => void) | null = null;

  const setAccount = (next: Account | null) => {
    account.value = next;
    remembered.setAccount(next);
  };

  /** Runs an action with busy and error state; answers whether it worked. */
  const attempt = async (action: IdentityAction, work: () => Promise<void>): Promise<boolean> => {
    if (busy.value) return false;
    batch(() => {
      busy.value = true;
      error.value = null;
      notice.value = null;
    });
    try {
      await work();
      return true;
    } catch (reason) {
      fail(ParleyError.from(reason).code, action);
      return false;
    } finally {
      busy.value = false;
    }
  };

  const fail = (code: ClientErrorCode, action: IdentityAction) => {
    batch(() => {
      error.value = code;
      errorFrom.value = action;
    });
  };

  const signedIn = ({ account: next, guest }: SignInResult) => {
    // Only a guest who posted from this browser has comments to keep or leave behind.
    const postedAsGuest = session.uid.value !== null && session.uid.value !== remembered.account()?.uid;
    batch(() => {
      setAccount(next);
      session.rememberUid(next.uid);
      step.value = next.name ? 'idle' : 'name';
      notice.value = postedAsGuest && guest ? guest : 'signed-in';
    });
    deps.onSignIn(next);
  };

  const cleanAddress = () => {
    const clean = withoutSignInLink(page.href);
    if (clean !== page.href) history.replaceState(history.state, '', clean);
  };

  const model: IdentityModel = {
    account,
    member: computed(() => (account.value && account.value.provider !== 'guest' ? account.value : null)),
    postedAsGuest: computed(() => session.uid.value !== null && !(account.value && account.value.provider !== 'guest')),
    allowsGuests: computed(() => providers.value.includes('guest')),
    allowsEmail: computed(() => providers.value.includes('email')),
    social: computed(() => providers.value.filter(isSocialProvider)),
    ssoLogin: computed(() => (providers.value.includes('sso') ? deps.ssoLogin : null)),
    step,
    busy,
    error,
    errorFrom,
    notice,
    sentTo,
    activate() {
      if (stop) return;
      client.prepareToWrite(model.social.value.length > 0);
      stop = client.watchAccount((next) => {
        if (!busy.value) setAccount(next);
      });
    },
    goTo(next) {
      batch(() => {
        step.value = next;
        error.value = null;
        notice.value = null;
      });
    },
    dismiss() {
      batch(() => {
        error.value = null;
        notice.value = null;
      });
    },
    clearError(from) {
      if (errorFrom.value !== from) return;
      batch(() => {
        error.value = null;
        errorFrom.value = null;
      });
    },
    async sendLink(email, from = null) {
      const address = email.trim();
      if (!address) return fail('email-missing', 'link');
      if (!isEmailShaped(address)) return fail('email-invalid', 'link');
      const linkGuest = remembered.link()?.email === address ? remembered.link()!.linkGuest : true;
      if (await attempt('link', () => client.sendSignInLink(site, address, withoutSignInLink(page.href)))) {
        remembered.setLink({ email: address, linkGuest });
        deps.onLeave?.(from);
        batch(() => {
          sentTo.value = address;
          step.value = 'sent';
        });
      }
    },
    async finishLink(email) {
      const address = email.trim();
      const pending = remembered.link();
      const linkGuest = pending?.email === address ? pending.linkGuest : true;
      let result: SignInResult | null = null;
      const done = await attempt('finish', async () => void (result = await client.completeSignInLink(address, page.href, linkGuest)));
      if (done && result) {
        remembered.setLink(null);
        cleanAddress();
        signedIn(result);
        return;
      }
      if (error.value === 'link-email-mismatch') return void (step.value = 'confirm');
      cleanAddress();
      if (error.value === 'account-exists') {
        // The address has an account and Firebase spent the link trying to attach the guest to it.
        remembered.setLink({ email: address, linkGuest: false });
        batch(() => {
          sentTo.value = address;
          step.value = 'email';
          error.value = null;
          notice.value = 'left-link';
        });
      } else step.value = 'idle';
    },
    async signInWith(provider) {
      let result: SignInResult | null = null;
      // Choosing a provider leaves the address form, so what happens next shows under the buttons.
      if (step.value === 'email') step.value = 'idle';
      if (await attempt('social', async () => void (result = await client.signInWithProvider(provider)))) signedIn(result!);
    },
    async sso(token) {
      const user = ssoUserId(token);
      if (remembered.isSsoKnown(site, token, user)) return;
      let result: SignInResult | null = null;
      remembered.setSsoUsed(token);
      if (await attempt('sso', async () => void (result = await client.signInWithSso(site, token)))) {
        remembered.setSso(user && `${site}:${user}`);
        signedIn(result!);
      }
    },
    startSso(from = null) {
      if (!deps.ssoLogin) return;
      deps.onLeave?.(from);
      page.assign(ssoLoginUrl(deps.ssoLogin, page.href));
    },
    async rename(name) {
      let next: Account | null = null;
      const done = await attempt('rename', async () => void (next = await client.updateProfile(name.trim())));
      if (done && next) {
        batch(() => {
          setAccount(next);
          step.value = 'idle';
          notice.value = 'renamed';
        });
      }
      return done;
    },
    async signOut() {
      if (!(await attempt('sign-out', () => client.signOut()))) return false;
      signedOut('signed-out');
      return true;
    },
    async download() {
      if (await attempt('download', async () => downloadJson(`parley-data-${site}.json`, await client.exportMyData(session.uid.peek())))) notice.value = 'downloaded';
    },
    async deleteAccount() {
      const guest = !model.member.peek();
      // The server rewrites the thread's public feed, so the live listener updates the comments.
      if (!(await attempt('delete', () => client.deleteMyAccount(session.uid.peek())))) return false;
      if (guest) session.forgetGuest();
      signedOut(guest ? 'guest-deleted' : 'deleted');
      return true;
    },
    dispose() {
      stop?.();
    },
  };

  function signedOut(what: IdentityNotice) {
    batch(() => {
      setAccount(null);
      remembered.setSso(null);
      session.rememberUid(null);
      step.value = 'idle';
      notice.value = what;
    });
  }

  if (hasSignInLink(page.href)) {
    model.activate();
    const pending = remembered.link();
    if (pending) void model.finishLink(pending.email);
    else step.value = 'confirm';
  }
  return model;
}
