import type { CallableName, CallRequest, CallResult } from '../../../../core/src/callables.ts';
import type * as AuthModule from './firebase-auth.ts';
import type * as IdentityModule from './firebase-identity.ts';
import type * as SocialModule from './firebase-social.ts';
import type * as LiveModule from './firebase-live.ts';
import type * as WriteModule from './firebase-write.ts';
import { lazy, toParleyError } from './lazy.ts';
import type { ReaderClient } from './reader-client.ts';
import { createCommentRequest, reportRequest } from './requests.ts';

/** The client methods that need Firebase: everything but the snapshot. */
export type FirebaseMethods = Omit<ReaderClient, 'loadThread'>;

/**
 * The Firebase side of the reader client, itself loaded after the first paint. The Firestore SDK
 * is loaded only when the live listener starts, Auth and Functions only when the reader writes
 * (or, for a returning author, to show their comments awaiting moderation).
 */
export function createFirebaseMethods(): FirebaseMethods {
  const loadLive = lazy<typeof LiveModule>(() => import('./firebase-live.ts'));
  const loadAuth = lazy<typeof AuthModule>(() => import('./firebase-auth.ts'));
  const loadWrite = lazy<typeof WriteModule>(() => import('./firebase-write.ts'));
  const loadIdentity = lazy<typeof IdentityModule>(() => import('./firebase-identity.ts'));
  const loadSocial = lazy<typeof SocialModule>(() => import('./firebase-social.ts'));
  const identity = async <T>(use: (module: typeof IdentityModule) => Promise<T> | T): Promise<T> => {
    let module: typeof IdentityModule;
    try {
      module = await loadIdentity();
    } catch (error) {
      throw toParleyError(error);
    }
    return use(module);
  };

  const call = async <N extends CallableName>(name: N, data: CallRequest<N>): Promise<CallResult<N>> => {
    try {
      return await (await loadWrite()).call(name, data);
    } catch (error) {
      throw toParleyError(error);
    }
  };

  return {
    watchThread(threadId, since, onChanges, onError) {
      let stop: (() => void) | null = null;
      let stopped = false;
      loadLive().then((module) => {
        if (!stopped) stop = module.watchChanges(threadId, since, onChanges, onError);
      }, onError);
      return () => {
        stopped = true;
        stop?.();
      };
    },

    async loadOwnComments(threadId, uid) {
      try {
        const [auth, live] = await Promise.all([loadAuth(), loadLive()]);
        const user = await auth.currentUser();
        return user?.uid === uid ? await live.ownComments(threadId, uid) : [];
      } catch (error) {
        throw toParleyError(error);
      }
    },

    async loadSource(commentId) {
      try {
        const [auth, live] = await Promise.all([loadAuth(), loadLive()]);
        await auth.ensureUser();
        return await live.commentSource(commentId);
      } catch (error) {
        throw toParleyError(error);
      }
    },

    prepareToWrite(social) {
      // A failure here is reported by the write itself, which tries again.
      loadWrite().catch(() => {});
      if (social) loadSocial().catch(() => {});
    },

    watchAccount(onAccount) {
      let stop: (() => void) | null = null;
      let stopped = false;
      loadIdentity().then(
        (module) => {
          if (!stopped) stop = module.watchAccount(onAccount);
        },
        () => {},
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
    sendSignInLink: (site, email, continueUrl) => identity((module) => module.sendSignInLink(site, email, continueUrl)),
    completeSignInLink: (email, url, linkGuest) => identity((module) => module.completeSignInLink(email, url, linkGuest)),
    async signInWithProvider(provider) {
      let module: typeof SocialModule;
      try {
        module = await loadSocial();
      } catch (error) {
        throw toParleyError(error);
      }
      return module.signInWithProvider(provider);
    },
    signInWithSso: (site, token) => identity((module) => module.signInWithSso(site, token)),
    signOut: () => identity((module) => module.signOut()),
    updateProfile: (name) => identity((module) => module.updateProfile(name)),
    exportMyData: (uid) => identity((module) => module.exportMyData(uid)),
    deleteMyAccount: (uid) => identity((module) => module.deleteMyAccount(uid)),

    async createComment(comment) {
      return (await call('createComment', createCommentRequest(comment))).comment;
    },

    async editComment(site, commentId, body) {
      return (await call('editComment', { siteId: site, commentId, body })).comment;
    },

    async deleteComment(site, commentId) {
      return (await call('deleteComment', { siteId: site, commentId })).comment;
    },

    react(site, commentId, reaction) {
      return call('reactToComment', { siteId: site, commentId, reaction });
    },

    async report(report) {
      await call('reportComment', reportRequest(report));
    },
  };
}
