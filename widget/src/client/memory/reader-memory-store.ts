import { publicChange, publicForm } from '../../../../core/src/public-comment.ts';
import { compareTopLevel } from '../../../../core/src/thread-order.ts';
import { isPublicStatus, visibleAfter, type Comment, type PublicSite, type Thread, type ThreadChange, type ThreadSnapshot } from '../../../../core/src/types.ts';
import { ParleyError } from '../parley-error.ts';
import type { ThreadQuery } from '../reader/snapshot-request.ts';
import type { Unsubscribe } from '../reader/reader-client.ts';

/**
 * The in-memory reader client's thread: every comment in any status, whether readers see it, and
 * the live listeners. Snapshots page and the feed reports changes as the server does, with core's
 * rules for what readers may see.
 */
export interface MemoryStore {
  readonly site: PublicSite;
  /** Every comment of the thread, in any status. */
  readonly comments: Map<string, Comment>;
  /** The Markdown source of comments posted or edited here. */
  readonly sources: Map<string, string>;
  thread(): Thread;
  /** Whether readers see the comment (approved, or the placeholder of a deleted one they saw). */
  isVisible(id: string): boolean;
  /** Stores a comment; with `feed`, listeners hear what readers see change (in a later task), as from the server's feed. */
  save(comment: Comment, feed?: boolean): Comment;
  /** Stores a comment as a test or the feed gives it: visible when its status is public. */
  put(comment: Comment): void;
  /** Forgets a comment (a test's removal). */
  remove(id: string): void;
  /** A time later than any given before, like the server's commit times. */
  now(): number;
  /** Tells listeners about changes after their snapshot's time. */
  publish(changes: readonly ThreadChange[]): void;
  listen(since: number, onChanges: (changes: ThreadChange[]) => void): Unsubscribe;
  /** A page of the thread, as the snapshot endpoint answers it. */
  snapshot(query: ThreadQuery, pageSize: number): ThreadSnapshot;
}

/** Creates the store with a thread's comments (seeded ones are visible when their status is public). */
export function createMemoryStore(site: PublicSite, threadOptions: Partial<Thread>, seed: readonly Comment[]): MemoryStore {
  const comments = new Map(seed.map((comment) => [comment.id, comment]));
  const visible = new Map(seed.map((comment) => [comment.id, isPublicStatus(comment.status)]));
  const listeners = new Set<{ since: number; onChanges: (changes: ThreadChange[]) => void }>();
  let lastTime = 0;

  const store: MemoryStore = {
    site,
    comments,
    sources: new Map(),
    thread: () => ({
      id: 'thread-1',
      siteId: site.id,
      key: 'https://example.test/article',
      url: 'https://example.test/article',
      title: 'Article',
      count: [...comments.values()].filter((comment) => comment.status === 'approved').length,
      closed: false,
      isNew: comments.size === 0,
      ...threadOptions,
    }),
    isVisible: (id) => visible.get(id) ?? false,
    save(comment, feed = false) {
      const before = comments.get(comment.id);
      const wasVisible = visible.get(comment.id) ?? false;
      const isVisible = visibleAfter(comment.status, wasVisible);
      comments.set(comment.id, comment);
      visible.set(comment.id, isVisible);
      const change = feed ? publicChange(before ? { status: before.status, visible: wasVisible } : null, { status: comment.status, visible: isVisible }) : null;
      if (change) {
        const entry: ThreadChange = { commentId: comment.id, comment: change.kind === 'upsert' ? publicForm(comment) : null, ...change, at: store.now() };
        // As over the network: the feed brings a change after the answer to the write that made it.
        setTimeout(() => store.publish([entry]), 0);
      }
      return comment;
    },
    put(comment) {
      comments.set(comment.id, comment);
      visible.set(comment.id, isPublicStatus(comment.status));
    },
    remove(id) {
      comments.delete(id);
      visible.delete(id);
    },
    now: () => (lastTime = Math.max(Date.now(), lastTime + 1)),
    publish(changes) {
      // As the real listener's query (`at > since`): each listener hears only changes after its snapshot.
      for (const { since, onChanges } of listeners) {
        const later = changes.filter((change) => change.at > since);
        if (later.length > 0) onChanges(structuredClone(later));
      }
    },
    listen(since, onChanges) {
      const listener = { since, onChanges };
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    snapshot(query, pageSize) {
      const shown = [...comments.values()].filter((comment) => store.isVisible(comment.id));
      const roots = shown.filter((comment) => comment.parentId === null).sort(compareTopLevel(query.sort));
      // As the endpoint pages: pinned comments come with the first page, the others 20 at a time.
      const pinned = query.after ? [] : roots.filter((root) => root.pinned).slice(0, pageSize);
      const regular = roots.filter((root) => !root.pinned);
      const start = query.after ? regular.findIndex((root) => root.id === query.after) + 1 : 0;
      if (start === 0 && query.after) throw new ParleyError('comment-not-found');
      const page = [...pinned, ...regular.slice(start, start + pageSize)];
      const rootIds = new Set(page.map((root) => root.id));
      const focus = query.focus ? comments.get(query.focus) : undefined;
      if (focus && store.isVisible(focus.id) && store.isVisible(focus.rootId) && !rootIds.has(focus.rootId)) {
        rootIds.add(focus.rootId);
        page.push(comments.get(focus.rootId)!);
      }
      const replies = shown.filter((comment) => comment.parentId !== null && rootIds.has(comment.rootId)).sort((a, b) => a.createdAt - b.createdAt);
      return structuredClone({
        site,
        thread: store.thread(),
        comments: [...page, ...replies].map(publicForm),
        next: regular.length > start + pageSize ? regular[start + pageSize - 1]!.id : null,
        at: store.now(),
      });
    },
  };
  return store;
}
