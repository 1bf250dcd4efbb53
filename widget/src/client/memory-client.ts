import { markdownToTree } from '../../../core/src/markdown.ts';
import type { Comment, PublicSite, Thread, ThreadChange, ThreadSnapshot } from '../../../core/src/types.ts';
import { ParleyError } from './parley-error.ts';
import type { NewComment, ReaderClient } from './reader-client.ts';

/** Options for the in-memory client. */
export interface MemoryClientOptions {
  site?: Partial<PublicSite>;
  thread?: Partial<Thread>;
  comments?: Comment[];
  /** The uid the client pretends is signed in. */
  uid?: string;
  /** Status new comments get (as if the site held them for review). */
  newStatus?: Comment['status'];
  /** Makes the next createComment calls fail with these codes, in order. */
  failures?: ParleyError[];
}

/** An in-memory client with the test hooks component tests need. */
export interface MemoryClient extends ReaderClient {
  /** Comments stored so far, in posting order. */
  readonly posted: NewComment[];
  /** Pushes live changes to listeners, as another reader's post or a moderator would. */
  emit(changes: ThreadChange[]): void;
  /** Makes the next createComment call fail with this error. */
  failNext(error: ParleyError): void;
  /** Number of prepareToWrite calls. */
  readonly prepared: number;
}

/**
 * A ReaderClient that keeps everything in memory: same interface, no network. It renders the
 * Markdown with the server's own parser so tests see the real render tree.
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
  const comments = [...(options.comments ?? [])];
  const listeners = new Set<(changes: ThreadChange[]) => void>();
  const failures = [...(options.failures ?? [])];
  const posted: NewComment[] = [];
  const byRequest = new Map<string, Comment>();
  let prepared = 0;
  let sequence = 0;

  const thread = (): Thread => ({
    id: 'thread-1',
    siteId: site.id,
    key: 'https://example.test/article',
    url: 'https://example.test/article',
    title: 'Article',
    count: comments.filter((comment) => comment.status === 'approved').length,
    closed: false,
    isNew: comments.length === 0,
    ...options.thread,
  });

  return {
    posted,
    get prepared() {
      return prepared;
    },
    async loadThread() {
      const snapshot: ThreadSnapshot = { site, thread: thread(), comments: [...comments], next: null, at: Date.now() };
      return snapshot;
    },
    watchThread(_threadId, _since, onChanges) {
      listeners.add(onChanges);
      return () => listeners.delete(onChanges);
    },
    prepareToWrite() {
      prepared++;
    },
    async createComment(input) {
      const failure = failures.shift();
      if (failure) throw failure;
      const earlier = byRequest.get(input.requestId);
      if (earlier) return earlier;
      if (!input.body.trim()) throw new ParleyError('body-empty', 'body');
      posted.push(input);
      const parent = input.parentId ? comments.find((comment) => comment.id === input.parentId) : undefined;
      const id = `new-${++sequence}`;
      const comment: Comment = {
        id,
        siteId: site.id,
        threadId: 'thread-1',
        parentId: parent?.id ?? null,
        rootId: parent?.rootId ?? id,
        depth: parent ? parent.depth + 1 : 0,
        author: { uid: options.uid ?? 'me', name: input.guest?.name ?? 'Me', avatar: null, provider: 'guest', badges: [] },
        tree: markdownToTree(input.body),
        status: options.newStatus ?? 'approved',
        createdAt: Date.now(),
        editedAt: null,
        reactions: {},
        replyCount: 0,
        pinned: false,
      };
      comments.push(comment);
      byRequest.set(input.requestId, comment);
      return comment;
    },
    emit(changes) {
      for (const listener of listeners) listener(changes);
    },
    failNext(error) {
      failures.push(error);
    },
  };
}
