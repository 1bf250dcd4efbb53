import { markdownToTree } from '../../../../core/src/markdown.ts';
import { treeText } from '../../../../core/src/render-tree.ts';
import { compareTopLevel } from '../../../../core/src/thread-order.ts';
import { isPublicStatus, type Comment, type PublicSite, type PublicStatus, type Reaction, type Thread, type ThreadChange, type ThreadSnapshot } from '../../../../core/src/types.ts';
import { createMemoryIdentity, type MemoryIdentityOptions, type SentLink } from './reader-memory-identity.ts';
import { ParleyError } from '../parley-error.ts';
import type { Account, NewComment, NewReport, ReaderClient } from '../reader/reader-client.ts';

/** Options for the in-memory client. */
export interface MemoryClientOptions extends MemoryIdentityOptions {
  site?: Partial<PublicSite>;
  thread?: Partial<Thread>;
  /** Every comment of the thread, in any status (only approved ones and placeholders are public). */
  comments?: Comment[];
  /** The uid a guest gets (and whose comments loadOwnComments answers). */
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

const isPublic = (comment: Comment) => isPublicStatus(comment.status);

/** What the public sees of a comment: a deleted one keeps neither words nor author. */
function publicForm(comment: Comment): Comment {
  if (comment.status !== 'deleted') return comment;
  return { ...comment, tree: [], reactions: {}, author: { uid: '', name: '', avatar: null, provider: 'guest', badges: [] } };
}

/**
 * A ReaderClient that keeps everything in memory: same interface and paging as the real one,
 * no network. It renders Markdown with the server's own parser so tests see the real render tree.
 */
export function createMemoryClient(options: MemoryClientOptions = {}): MemoryClient {
  const site: PublicSite = {
    id: 'test',
    name: 'Test site',
    locale: 'en',
    theme: 'auto',
    providers: ['guest'],
    moderation: 'post',
    editWindowSec: 900,
    maxLength: 10_000,
    ...options.site,
  };
  const guestUid = options.uid ?? 'me';
  const pageSize = options.pageSize ?? 20;
  const comments = new Map((options.comments ?? []).map((comment) => [comment.id, comment]));
  const sources = new Map<string, string>();
  const listeners = new Set<{ since: number; onChanges: (changes: ThreadChange[]) => void }>();
  // Like the server's clock: a change made after a snapshot is always later than the snapshot's time.
  let lastTime = 0;
  const now = () => (lastTime = Math.max(Date.now(), lastTime + 1));
  // As the real listener's query (`at > since`): each listener hears only changes after its snapshot.
  const publish = (changes: readonly ThreadChange[]) => {
    for (const { since, onChanges } of listeners) {
      const later = changes.filter((change) => change.at > since);
      if (later.length > 0) onChanges(later);
    }
  };
  const failures = new Map<MemoryMethod, ParleyError[]>([
    ...(Object.entries(options.failOn ?? {}) as Array<[MemoryMethod, ParleyError[]]>).map(([method, errors]): [MemoryMethod, ParleyError[]] => [method, [...errors]]),
    ['createComment', [...(options.failures ?? [])]],
  ]);
  const holds = new Map<MemoryMethod, Promise<void>>();
  const posted: NewComment[] = [];
  const calls: MemoryClient['calls'] = [];
  const reports: NewReport[] = [];
  const byRequest = new Map<string, Comment>();
  const mine = new Map<string, Reaction>();
  let prepared = 0;
  let sequence = 0;

  const enter = async (method: MemoryMethod, args: unknown[]) => {
    calls.push({ method, args });
    await holds.get(method);
    const failure = failures.get(method)?.shift();
    if (failure) throw failure;
  };
  const identity = createMemoryIdentity(options, {
    enter: (method, args) => enter(method as MemoryMethod, args),
    exportComments: (uid) =>
      [...comments.values()]
        .filter((comment) => comment.author.uid === uid)
        .map((comment) => ({ id: comment.id, siteId: comment.siteId, threadId: comment.threadId, status: comment.status, body: sources.get(comment.id) ?? treeText(comment.tree), createdAt: comment.createdAt, editedAt: comment.editedAt, private: null })),
    forget(uid) {
      // As deleteMyAccount does: comments stay, anonymised, and the public feed says so.
      const changes: ThreadChange[] = [];
      for (const comment of comments.values()) {
        if (comment.author.uid !== uid) continue;
        const anonymous = store({ ...comment, author: { uid: '', name: '', avatar: null, provider: 'guest', badges: [] } });
        if (isPublic(anonymous)) changes.push({ commentId: comment.id, kind: 'upsert', comment: publicForm(anonymous), before: comment.status as PublicStatus, at: now() });
      }
      publish(changes);
    },
  });
  // Whose comments are "mine": the signed-in account, else the guest uid a post would get.
  const me = () => identity.current()?.uid ?? guestUid;

  const thread = (): Thread => ({
    id: 'thread-1',
    siteId: site.id,
    key: 'https://example.test/article',
    url: 'https://example.test/article',
    title: 'Article',
    count: [...comments.values()].filter((comment) => comment.status === 'approved').length,
    closed: false,
    isNew: comments.size === 0,
    ...options.thread,
  });

  const ownComment = (id: string): Comment => {
    const comment = comments.get(id);
    if (!comment) throw new ParleyError('comment-not-found');
    if (comment.author.uid !== me()) throw new ParleyError('not-author');
    if (comment.status === 'deleted') throw new ParleyError('comment-deleted');
    return comment;
  };

  const store = (comment: Comment) => {
    comments.set(comment.id, comment);
    return comment;
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

    async loadThread(query) {
      await enter('loadThread', [query]);
      const visible = [...comments.values()].filter(isPublic);
      const roots = visible.filter((comment) => comment.parentId === null).sort(compareTopLevel(query.sort));
      const start = query.after ? roots.findIndex((root) => root.id === query.after) + 1 : 0;
      const page = roots.slice(start, start + pageSize);
      const rootIds = new Set(page.map((root) => root.id));
      const focus = query.focus ? comments.get(query.focus) : undefined;
      if (focus && isPublic(focus)) rootIds.add(focus.rootId);
      const included = visible.filter((comment) => rootIds.has(comment.rootId));
      const snapshot: ThreadSnapshot = {
        site,
        thread: thread(),
        comments: included.map(publicForm),
        next: start + pageSize < roots.length ? page[page.length - 1]!.id : null,
        at: now(),
      };
      return structuredClone(snapshot);
    },

    watchThread(_threadId, since, onChanges) {
      const listener = { since, onChanges };
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async loadOwnComments(threadId, uid) {
      await enter('loadOwnComments', [threadId, uid]);
      if (uid !== me()) return [];
      return [...comments.values()].filter((comment) => comment.author.uid === uid && comment.status !== 'deleted');
    },

    async loadSource(commentId) {
      await enter('loadSource', [commentId]);
      return sources.get(commentId) ?? treeText(ownComment(commentId).tree).trim();
    },

    prepareToWrite() {
      prepared++;
    },

    async createComment(input) {
      await enter('createComment', [input]);
      const earlier = byRequest.get(input.requestId);
      if (earlier) return earlier;
      if (!input.body.trim()) throw new ParleyError('body-empty', 'body');
      if (thread().closed) throw new ParleyError('thread-closed');
      let account = identity.current();
      if (!account) identity.become((account = { uid: guestUid, name: '', avatar: null, provider: 'guest' }));
      const isGuest = account.provider === 'guest';
      const name = isGuest ? (input.guest?.name ?? '') : account.name;
      if (!name.trim()) throw new ParleyError('name-missing', 'name');
      if (isGuest && !input.guest?.email) throw new ParleyError('email-missing', 'email');
      posted.push(input);
      const parent = input.parentId ? comments.get(input.parentId) : undefined;
      const id = `new-${++sequence}`;
      const comment = store({
        id,
        siteId: site.id,
        threadId: 'thread-1',
        parentId: parent?.id ?? null,
        rootId: parent?.rootId ?? id,
        depth: parent ? parent.depth + 1 : 0,
        author: { uid: account.uid, name, avatar: isGuest ? null : account.avatar, provider: account.provider, badges: [] },
        tree: markdownToTree(input.body),
        status: options.newStatus ?? 'approved',
        createdAt: Date.now(),
        editedAt: null,
        reactions: {},
        replyCount: 0,
        pinned: false,
      });
      if (parent) store({ ...parent, replyCount: parent.replyCount + 1 });
      sources.set(id, input.body);
      byRequest.set(input.requestId, comment);
      return comment;
    },

    async editComment(siteId, commentId, body) {
      await enter('editComment', [siteId, commentId, body]);
      const comment = ownComment(commentId);
      if (!body.trim()) throw new ParleyError('body-empty', 'body');
      if (Date.now() - comment.createdAt > site.editWindowSec * 1000) throw new ParleyError('edit-window-passed');
      sources.set(commentId, body);
      return store({ ...comment, tree: markdownToTree(body), editedAt: Date.now() });
    },

    async deleteComment(siteId, commentId) {
      await enter('deleteComment', [siteId, commentId]);
      const comment = ownComment(commentId);
      return publicForm(store({ ...comment, status: 'deleted' }));
    },

    async react(siteId, commentId, reaction) {
      await enter('react', [siteId, commentId, reaction]);
      const comment = comments.get(commentId);
      if (!comment || !isPublic(comment)) throw new ParleyError('comment-not-found');
      const reactions = { ...comment.reactions };
      const before = mine.get(commentId) ?? null;
      if (before) reactions[before] = Math.max(0, (reactions[before] ?? 0) - 1);
      const after = before === reaction ? null : reaction;
      if (after) reactions[after] = (reactions[after] ?? 0) + 1;
      for (const key of Object.keys(reactions) as Reaction[]) if (!reactions[key]) delete reactions[key];
      if (after) mine.set(commentId, after);
      else mine.delete(commentId);
      store({ ...comment, reactions });
      return { reactions, mine: after };
    },

    async report(input) {
      await enter('report', [input]);
      if (input.reason === 'illegal' && !input.details.trim()) throw new ParleyError('reason-invalid', 'reason');
      if (reports.some((earlier) => earlier.commentId === input.commentId)) throw new ParleyError('already-reported');
      reports.push(input);
    },

    emit(entries) {
      const changes = entries.map((entry): ThreadChange => {
        const stored = comments.get(entry.commentId);
        const before = entry.before !== undefined ? entry.before : stored && isPublic(stored) ? (stored.status as PublicStatus) : null;
        if (entry.comment) store(entry.comment);
        else comments.delete(entry.commentId);
        return { ...entry, before, at: entry.at ?? now() };
      });
      publish(changes);
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
