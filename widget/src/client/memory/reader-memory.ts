import { noAuthor } from '../../../../core/src/public-comment.ts';
import { treeText } from '../../../../core/src/render-tree.ts';
import { isPublicStatus, type Comment, type PublicSite, type PublicStatus, type Thread, type ThreadChange } from '../../../../core/src/types.ts';
import type { ParleyError } from '../parley-error.ts';
import type { Account, NewComment, NewReport, ReaderClient } from '../reader/reader-client.ts';
import { createMemoryIdentity, type MemoryIdentityOptions, type SentLink } from './reader-memory-identity.ts';
import { createMemoryStore } from './reader-memory-store.ts';
import { createMemoryWrites } from './reader-memory-writes.ts';

/** Options for the in-memory client. */
export interface MemoryClientOptions extends MemoryIdentityOptions {
  site?: Partial<PublicSite>;
  thread?: Partial<Thread>;
  /** Every comment of the thread, in any status (only approved ones and placeholders are public). */
  comments?: Comment[];
  /** The uid a guest gets (and whose comments loadOwnComments answers); a guest after a sign-out gets `UID-2`, and so on. */
  uid?: string;
  /** Status new comments get (as if the site held them for review). */
  newStatus?: Comment['status'];
  /** Makes the next createComment calls fail with these codes, in order. */
  failures?: ParleyError[];
  /** Makes the first calls of other methods fail (for failures at the widget's start, such as completing a link). */
  failOn?: Partial<Record<MemoryMethod, ParleyError[]>>;
  /** Top-level comments per page (the real endpoint sends 20). */
  pageSize?: number;
}

/** Methods whose calls the in-memory client records and can fail on request. */
export type MemoryMethod =
  | 'loadThread' | 'createComment' | 'editComment' | 'deleteComment' | 'react' | 'report' | 'loadSource' | 'loadOwnComments'
  | 'sendSignInLink' | 'completeSignInLink' | 'signInWithProvider' | 'signInWithSso' | 'signOut' | 'updateProfile' | 'exportMyData' | 'deleteMyAccount';

/** An in-memory client with the test hooks component tests need. */
export interface MemoryClient extends ReaderClient {
  /** Comments stored so far, in posting order. */
  readonly posted: NewComment[];
  /** Every call, in order, with its arguments. */
  readonly calls: Array<{ method: MemoryMethod; args: unknown[] }>;
  /** Reports received. */
  readonly reports: NewReport[];
  /**
   * Pushes live changes to listeners, as another reader's post or a moderator would. Like the
   * server, it fills in each entry's `before` from the comment it has stored (whatever page it is
   * on) unless the test gives one, and stamps `at` with now unless given.
   */
  emit(changes: Array<Omit<ThreadChange, 'before' | 'at'> & Partial<Pick<ThreadChange, 'before' | 'at'>>>): void;
  /** Makes the next call of `method` (createComment by default) fail with this error. */
  failNext(error: ParleyError, method?: MemoryMethod): void;
  /** Holds calls of `method` until the returned function is called (to look at in-flight states). */
  hold(method: MemoryMethod): () => void;
  /** Number of prepareToWrite calls. */
  readonly prepared: number;
  /** Sign-in links "mailed" so far. */
  readonly links: SentLink[];
  /** The account signed in now (null: nobody, not even a guest). */
  account(): Account | null;
}

/**
 * A ReaderClient that keeps everything in memory: same interface, paging and feed as the real
 * one, no network. Requests are checked with the server's schemas and rules from core, and
 * Markdown is rendered with the server's own parser, so tests see the real answers and trees.
 * tests/contract runs the same behaviour tests against it and against the Firebase client.
 */
export function createMemoryClient(options: MemoryClientOptions = {}): MemoryClient {
  const site: PublicSite = { id: 'test', name: 'Test site', locale: 'en', theme: 'auto', providers: ['guest'], moderation: 'post', editWindowSec: 900, maxLength: 10_000, ...options.site };
  const store = createMemoryStore(site, options.thread ?? {}, options.comments ?? []);
  const guestUid = options.uid ?? 'me';
  const pageSize = options.pageSize ?? 20;
  const failures = new Map<MemoryMethod, ParleyError[]>([
    ...(Object.entries(options.failOn ?? {}) as Array<[MemoryMethod, ParleyError[]]>).map(([method, errors]): [MemoryMethod, ParleyError[]] => [method, [...errors]]),
    ['createComment', [...(options.failures ?? [])]],
  ]);
  const holds = new Map<MemoryMethod, Promise<void>>();
  const posted: NewComment[] = [];
  const calls: MemoryClient['calls'] = [];
  const reports: NewReport[] = [];
  let prepared = 0;
  // Guests this browser became: like Firebase's anonymous sign-in, each one after a sign-out is a new uid.
  let guests = options.account?.uid === guestUid ? 1 : 0;

  const enter = async (method: MemoryMethod, args: unknown[]) => {
    calls.push({ method, args });
    await holds.get(method);
    const failure = failures.get(method)?.shift();
    if (failure) throw failure;
  };
  const identity = createMemoryIdentity(options, {
    enter: (method, args) => enter(method as MemoryMethod, args),
    exportComments: (uid) =>
      [...store.comments.values()]
        .filter((comment) => comment.author.uid === uid)
        .map((comment) => ({ id: comment.id, siteId: comment.siteId, threadId: comment.threadId, status: comment.status, body: store.sources.get(comment.id) ?? treeText(comment.tree), createdAt: comment.createdAt, editedAt: comment.editedAt, private: null })),
    forget(uid) {
      // As deleteMyAccount does: comments stay, anonymised, and the public feed says so.
      for (const comment of store.comments.values()) if (comment.author.uid === uid) store.save({ ...comment, author: noAuthor() }, true);
    },
  });
  const nextGuest = () => (guests === 0 ? guestUid : `${guestUid}-${guests + 1}`);
  // Whose comments are "mine": the signed-in account, else the guest uid a post would get.
  const me = () => identity.current()?.uid ?? nextGuest();
  const account = (): Account => {
    const current = identity.current();
    if (current) return current;
    const guest: Account = { uid: nextGuest(), name: '', avatar: null, provider: 'guest' };
    guests++;
    identity.become(guest);
    return guest;
  };
  const writes = createMemoryWrites({ store, account, me, newStatus: options.newStatus ?? 'approved' });
  /** A method that records its call and fails or waits when the test asks it to. */
  const hooked = <A extends unknown[], R>(method: MemoryMethod, run: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    await enter(method, args);
    return run(...args);
  };

  return {
    ...identity,
    posted,
    calls,
    reports,
    account: identity.current,
    get prepared() {
      return prepared;
    },

    loadThread: hooked('loadThread', async (query) => store.snapshot(query, pageSize)),
    watchThread: (_threadId, since, onChanges) => store.listen(since, onChanges),
    loadOwnComments: hooked('loadOwnComments', async (_threadId: string, uid: string) =>
      uid === me() ? [...store.comments.values()].filter((comment) => comment.author.uid === uid && comment.status !== 'deleted') : [],
    ),
    loadSource: hooked('loadSource', writes.loadSource),
    prepareToWrite() {
      prepared++;
    },
    createComment: hooked('createComment', async (input: NewComment) => {
      const before = writes.requests.size;
      const comment = await writes.createComment(input);
      if (writes.requests.size > before) posted.push(input);
      return comment;
    }),
    editComment: hooked('editComment', writes.editComment),
    deleteComment: hooked('deleteComment', writes.deleteComment),
    react: hooked('react', writes.react),
    report: hooked('report', async (input: NewReport) => {
      await writes.report(input);
      reports.push(input);
    }),

    emit(entries) {
      const changes = entries.map((entry): ThreadChange => {
        const stored = store.comments.get(entry.commentId);
        const before = entry.before !== undefined ? entry.before : stored && store.isVisible(stored.id) && isPublicStatus(stored.status) ? (stored.status as PublicStatus) : null;
        if (entry.comment) store.put(entry.comment);
        else store.remove(entry.commentId);
        return { ...entry, before, at: entry.at ?? store.now() };
      });
      store.publish(changes);
    },
    failNext(error, method = 'createComment') {
      const queue = failures.get(method) ?? [];
      queue.push(error);
      failures.set(method, queue);
    },
    hold(method) {
      let release: () => void = () => {};
      holds.set(
        method,
        new Promise<void>((resolve) => {
          release = () => {
            holds.delete(method);
            resolve();
          };
        }),
      );
      return release;
    },
  };
}
