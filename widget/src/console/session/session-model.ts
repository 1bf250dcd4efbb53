import { signal, type ReadonlySignal } from '@preact/signals';
import type { EmailLinkState, Moderator, ModeratorClient, SocialProvider } from '../../client/moderator/client.ts';
import { SignInError, type SignInFailure } from '../../client/moderator/errors.ts';

/** Where the email-link flow stands: nothing yet, a link was mailed, or the opened link needs the address. */
export type LinkStep = 'idle' | 'sent' | 'needs-email';

/** Who is signed in to the console and the ways to sign in. */
export interface SessionModel {
  /** undefined while Auth restores the session. */
  readonly moderator: ReadonlySignal<Moderator | null | undefined>;
  readonly linkStep: ReadonlySignal<LinkStep>;
  readonly busy: ReadonlySignal<boolean>;
  readonly failure: ReadonlySignal<SignInFailure | null>;
  signInWithPassword(email: string, password: string): Promise<void>;
  sendLink(email: string): Promise<void>;
  finishLink(email: string): Promise<void>;
  signInWithProvider(provider: SocialProvider): Promise<void>;
  /** Re-reads the roles (after an owner granted one). */
  refreshRoles(): Promise<void>;
  signOut(): Promise<void>;
  dispose(): void;
}

/** Creates the session model; finishes an email-link sign-in when the page was opened from one. */
export function createSessionModel(client: ModeratorClient): SessionModel {
  const moderator = signal<Moderator | null | undefined>(undefined);
  const linkStep = signal<LinkStep>('idle');
  const busy = signal(false);
  const failure = signal<SignInFailure | null>(null);
  const stop = client.onModerator((value) => {
    moderator.value = value;
  });

  async function attempt(work: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
    failure.value = null;
    try {
      await work();
      return true;
    } catch (error) {
      failure.value = SignInError.from(error).reason;
      return false;
    } finally {
      busy.value = false;
    }
  }

  const followLink = (state: EmailLinkState) => {
    if (state === 'needs-email') linkStep.value = 'needs-email';
    if (state === 'signed-in') linkStep.value = 'idle';
  };
  void attempt(async () => followLink(await client.completeSignInLink()));

  return {
    moderator,
    linkStep,
    busy,
    failure,
    signInWithPassword: async (email, password) => void (await attempt(() => client.signInWithPassword(email, password))),
    async sendLink(email) {
      if (await attempt(() => client.sendSignInLink(email))) linkStep.value = 'sent';
    },
    finishLink: async (email) => void (await attempt(async () => followLink(await client.completeSignInLink(email)))),
    signInWithProvider: async (provider) => void (await attempt(() => client.signInWithProvider(provider))),
    refreshRoles: async () => void (await attempt(() => client.refreshRoles())),
    async signOut() {
      linkStep.value = 'idle';
      await client.signOut();
    },
    dispose: stop,
  };
}
