import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { buildThread, type ThreadNode } from '../../../core/src/thread-order.ts';
import type { Comment, PublicSite, SortOrder, Thread, ThreadChange, ThreadSnapshot } from '../../../core/src/types.ts';
import { ParleyError } from '../client/parley-error.ts';
import type { ReaderClient } from '../client/reader/reader-client.ts';
import type { ThreadQuery } from '../client/reader/snapshot-request.ts';
import type { mergeChanges } from './merge-changes.ts';
import type { createOwnChanges, OwnChanges } from './own-changes.ts';

/** Where loading the thread stands. */
export type LoadState = 'loading' | 'ready' | 'error';

/** The thread as the reader sees it, and everything that changes it. */
export interface ThreadModel {
  readonly state: ReadonlySignal<LoadState>;
  readonly error: ReadonlySignal<ParleyError | null>;
  readonly site: ReadonlySignal<PublicSite | null>;
  readonly thread: ReadonlySignal<Thread | null>;
  readonly sort: ReadonlySignal<SortOrder>;
  readonly nodes: ReadonlySignal<ThreadNode[]>;
  /** Approved comments in the thread, live. */
  readonly count: ReadonlySignal<number>;
  /** Others' new comments waiting behind the "N new comments" button. */
  readonly incoming: ReadonlySignal<number>;
  readonly hasMore: ReadonlySignal<boolean>;
  readonly loadingMore: ReadonlySignal<boolean>;
  /** The thread is being loaded again in another order (it stays on screen meanwhile). */
  readonly reordering: ReadonlySignal<boolean>;
  /** Why the last "load more" failed (cleared by the next attempt). */
  readonly moreError: ReadonlySignal<ParleyError | null>;
  /** Ids of the reader's own comments still on their way to the server. */
  readonly sending: ReadonlySignal<ReadonlySet<string>>;
  /** True for the reader's own comments (by the uid this browser remembers). */
  isOwn(comment: Comment): boolean;
  /** A shown comment by id. */
  find(id: string): Comment | undefined;
  /** Replies the server has under a comment's root that this page has not loaded yet (an estimate). */
  missingReplies(rootId: string): number;
  load(snapshot: Promise<ThreadSnapshot>): Promise<void>;
  retry(): Promise<void>;
  /** Loads the next page of top-level comments; answers the ids of the ones it added. */
  loadMore(): Promise<string[]>;
  /**
   * Makes sure a comment (a deep link's, or a long chain's root) is loaded with its whole chain;
   * answers whether the server still has it (a deleted one may come back as its placeholder). Rejects
   * when it could not be asked, so the caller can say so and offer to try again.
   */
  loadFocus(id: string): Promise<boolean>;
  setSort(sort: SortOrder): Promise<void>;
  /** Shows the comments waiting behind the button; answers their ids, first in display order first. */
  showIncoming(): string[];
  applyChanges(changes: ThreadChange[]): void;
  /**
   * The reader's own changes to the thread (posting, editing, deleting, reacting, their comments
   * awaiting moderation), made by `create` over this model's state. Passed in by the chunks that
   * need them (own-changes.ts), so their code stays out of the first paint; one object per model.
   */
  own(create: typeof createOwnChanges): OwnChanges;
  /**
   * Asks for the live listener (call when visible and idle); it connects once the snapshot is in.
   * `merge` places the changes (passed in, so its code loads after the first paint).
   */
  startLive(merge: typeof mergeChanges): void;
  dispose(): void;
}

/** Creates the thread model for one thread query. `uid` is the reader's remembered uid, if any. */
export function createThreadModel(
  client: ReaderClient,
  query: Omit<ThreadQuery, 'after' | 'sort' | 'focus'>,
  initialSort: SortOrder,
  uid: ReadonlySignal<string | null>,
): ThreadModel {
  const state = signal<LoadState>('loading');
  const error = signal<ParleyError | null>(null);
  const site = signal<PublicSite | null>(null);
  const thread = signal<Thread | null>(null);
  const sort = signal<SortOrder>(initialSort);
  const shown = signal<ReadonlyMap<string, Comment>>(new Map());
  const waiting = signal<ReadonlyMap<string, Comment>>(new Map());
  const countDelta = signal(0);
  const next = signal<string | null>(null);
  const loadingMore = signal(false);
  const reordering = signal(false);
  const moreError = signal<ParleyError | null>(null);
  const sending = signal<ReadonlySet<string>>(new Set());
  const complete = new Set<string>();
  let since = 0;
  let stopLive: (() => void) | null = null;
  let merger: typeof mergeChanges | null = null;

  const nodes = computed(() => buildThread([...shown.value.values()], sort.value));
  const isOwn = (comment: Comment) => uid.value !== null && comment.author.uid === uid.value;

  /** Adds or replaces comments; a comment the reader edited since `comments` were read keeps its newer text. */
  const merge = (comments: readonly Comment[]) => {
    const map = new Map(shown.value);
    for (const comment of comments) {
      const known = map.get(comment.id);
      if (known && (known.editedAt ?? 0) > (comment.editedAt ?? 0)) continue;
      map.set(comment.id, comment);
    }
    shown.value = map;
  };
  let own: OwnChanges | null = null;

  const adopt = (snapshot: ThreadSnapshot, append: boolean) => {
    batch(() => {
      site.value = snapshot.site;
      thread.value = snapshot.thread;
      if (!append) {
        // A reload (another order, a retry) keeps what this reader sent: comments on their way and
        // their own comments, which a snapshot read while they posted, edited or awaited
        // moderation may lack or hold in an older version (merge keeps the newer text).
        shown.value = new Map([...shown.value].filter(([id, comment]) => sending.value.has(id) || isOwn(comment)));
        countDelta.value = 0;
        since = snapshot.at;
      }
      merge(snapshot.comments);
      next.value = snapshot.next;
      state.value = 'ready';
      error.value = null;
    });
    connectLive();
  };

  // The listener needs the thread id from the snapshot; whichever comes last (the snapshot, or
  // the widget becoming visible and idle) starts it.
  const connectLive = () => {
    const current = thread.value;
    if (!merger || stopLive || !current) return;
    stopLive = client.watchThread(current.id, since, (changes) => model.applyChanges(changes), () => {
      // The listener failed (offline, quota): the thread stays as loaded; a reload catches up.
      stopLive = null;
    });
  };

  const fail = (reason: unknown) => {
    batch(() => {
      error.value = ParleyError.from(reason);
      state.value = 'error';
    });
  };

  // Each reload starts a generation; a page asked for in an earlier one (a first order overtaken
  // by a second, a "Load more" of the order just left) is dropped when it arrives.
  let generation = 0;

  // Another order keeps the thread on screen until the new one is in: an open reply, edit or
  // report form, and what is typed in it, stays (a retry after an error shows "Loading"). If the
  // new order cannot be loaded, the thread stays in the old one and says so.
  const reload = async (reorder: { from: SortOrder } | null = null) => {
    const mine = ++generation;
    if (reorder) reordering.value = true;
    else state.value = 'loading';
    try {
      const snapshot = await client.loadThread({ ...query, sort: sort.value });
      if (mine === generation) adopt(snapshot, false);
    } catch (reason) {
      if (mine !== generation) return;
      if (reorder && state.peek() === 'ready') {
        batch(() => {
          sort.value = reorder.from;
          moreError.value = ParleyError.from(reason);
        });
      } else fail(reason);
    } finally {
      if (mine === generation) reordering.value = false;
    }
  };

  const loadedReplies = computed(() => {
    const counts = new Map<string, number>();
    for (const comment of shown.value.values()) {
      if (comment.parentId) counts.set(comment.parentId, (counts.get(comment.parentId) ?? 0) + 1);
    }
    return counts;
  });

  const model: ThreadModel = {
    state,
    error,
    site,
    thread,
    sort,
    nodes,
    count: computed(() => (thread.value?.count ?? 0) + countDelta.value),
    incoming: computed(() => waiting.value.size),
    hasMore: computed(() => next.value !== null),
    loadingMore,
    reordering,
    moreError,
    sending,
    isOwn,
    find: (id) => shown.value.get(id),

    missingReplies(rootId) {
      if (complete.has(rootId)) return 0;
      const loaded = loadedReplies.value;
      let missing = 0;
      for (const comment of shown.value.values()) {
        if (comment.rootId === rootId) missing += Math.max(0, comment.replyCount - (loaded.get(comment.id) ?? 0));
      }
      return missing;
    },

    async load(snapshot) {
      try {
        adopt(await snapshot, false);
      } catch (reason) {
        fail(reason);
      }
    },

    retry: () => reload(),

    async loadMore() {
      if (!next.value || loadingMore.value || reordering.value) return [];
      batch(() => {
        loadingMore.value = true;
        moreError.value = null;
      });
      const mine = generation;
      try {
        const page = await client.loadThread({ ...query, sort: sort.value, after: next.value });
        if (mine !== generation) return [];
        const added = page.comments.filter((comment) => comment.parentId === null && !shown.value.has(comment.id)).map((comment) => comment.id);
        adopt(page, true);
        return added;
      } catch (reason) {
        moreError.value = ParleyError.from(reason);
        return [];
      } finally {
        loadingMore.value = false;
      }
    },

    async loadFocus(id) {
      const known = shown.value.get(id);
      if (known && complete.has(known.rootId)) return true;
      const page = await client.loadThread({ ...query, sort: sort.value, focus: id });
      const focused = page.comments.find((comment) => comment.id === id);
      if (focused) complete.add(focused.rootId);
      // Only the focused chain is new here; the page itself is the first page, already loaded.
      merge(page.comments.filter((comment) => focused && comment.rootId === focused.rootId));
      return Boolean(focused);
    },

    async setSort(order) {
      const from = sort.value;
      if (order === from) return;
      sort.value = order;
      // With every top-level comment loaded, reordering needs no request.
      if (next.value !== null) await reload({ from });
    },

    showIncoming() {
      const arrived = [...waiting.value.values()];
      batch(() => {
        merge(arrived);
        waiting.value = new Map();
      });
      const ids = new Set(arrived.map((comment) => comment.id));
      const order: string[] = [];
      const walk = (list: ThreadNode[]) => {
        for (const node of list) {
          if (ids.has(node.comment.id)) order.push(node.comment.id);
          walk(node.children);
        }
      };
      walk(nodes.value);
      return order;
    },

    applyChanges(changes) {
      if (!merger) return;
      const merged = merger(shown.value, waiting.value, changes, isOwn);
      batch(() => {
        shown.value = merged.shown;
        waiting.value = merged.waiting;
        if (merged.countDelta !== 0) countDelta.value += merged.countDelta;
        if (thread.value?.isNew && merged.shown.size + merged.waiting.size > 0) thread.value = { ...thread.value, isNew: false };
      });
    },

    own: (create) => (own ??= create({ shown, waiting, sending, countDelta, thread, merge })),

    startLive(merge) {
      merger = merge;
      connectLive();
    },

    dispose() {
      merger = null;
      stopLive?.();
      stopLive = null;
    },
  };
  return model;
}
