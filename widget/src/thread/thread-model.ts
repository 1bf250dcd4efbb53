import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { buildThread, type ThreadNode } from '../../../core/src/thread-order.ts';
import type { Comment, PublicSite, SortOrder, Thread, ThreadChange, ThreadSnapshot } from '../../../core/src/types.ts';
import { ParleyError } from '../client/parley-error.ts';
import type { ReaderClient } from '../client/reader-client.ts';
import type { ThreadQuery } from '../client/snapshot-request.ts';

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
  /** Ids of the reader's own comments still on their way to the server. */
  readonly sending: ReadonlySignal<ReadonlySet<string>>;
  /** True for the reader's own comments (by the uid this browser remembers). */
  isOwn(comment: Comment): boolean;
  /** A shown comment by id. */
  find(id: string): Comment | undefined;
  load(snapshot: Promise<ThreadSnapshot>): Promise<void>;
  retry(): Promise<void>;
  loadMore(): Promise<void>;
  setSort(sort: SortOrder): Promise<void>;
  /** Shows the comments waiting behind the button; answers their ids, first in display order first. */
  showIncoming(): string[];
  applyChanges(changes: ThreadChange[]): void;
  /** Shows the reader's comment at once, marked as sending; answers a function that drops it. */
  addSending(comment: Comment): () => void;
  /** Replaces the sending placeholder with the comment as the server stored it. */
  confirmSent(placeholderId: string, stored: Comment): void;
  /** Asks for the live listener (call when visible and idle); it connects once the snapshot is in. */
  startLive(): void;
  dispose(): void;
}

/** Creates the thread model for one thread query. `uid` is the reader's remembered uid, if any. */
export function createThreadModel(client: ReaderClient, query: Omit<ThreadQuery, 'after' | 'sort'>, initialSort: SortOrder, uid: ReadonlySignal<string | null>): ThreadModel {
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
  const sending = signal<ReadonlySet<string>>(new Set());
  let since = 0;
  let stopLive: (() => void) | null = null;
  let liveWanted = false;

  const nodes = computed(() => buildThread([...shown.value.values()], sort.value));
  const isOwn = (comment: Comment) => uid.value !== null && comment.author.uid === uid.value;

  const adopt = (snapshot: ThreadSnapshot, append: boolean) => {
    batch(() => {
      site.value = snapshot.site;
      thread.value = snapshot.thread;
      const map = new Map(append ? shown.value : []);
      for (const comment of snapshot.comments) map.set(comment.id, comment);
      shown.value = map;
      next.value = snapshot.next;
      if (!append) {
        countDelta.value = 0;
        since = snapshot.at;
      }
      state.value = 'ready';
      error.value = null;
    });
    connectLive();
  };

  // The listener needs the thread id from the snapshot; whichever comes last (the snapshot, or
  // the widget becoming visible and idle) starts it.
  const connectLive = () => {
    const current = thread.value;
    if (!liveWanted || stopLive || !current) return;
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

  const reload = async () => {
    state.value = 'loading';
    try {
      adopt(await client.loadThread({ ...query, sort: sort.value }), false);
    } catch (reason) {
      fail(reason);
    }
  };

  const put = (map: Map<string, Comment>, comment: Comment) => map.set(comment.id, comment);

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
    sending,
    isOwn,
    find: (id) => shown.value.get(id),

    async load(snapshot) {
      try {
        adopt(await snapshot, false);
      } catch (reason) {
        fail(reason);
      }
    },

    retry: reload,

    async loadMore() {
      if (!next.value || loadingMore.value) return;
      loadingMore.value = true;
      try {
        adopt(await client.loadThread({ ...query, sort: sort.value, after: next.value }), true);
      } catch (reason) {
        error.value = ParleyError.from(reason);
      } finally {
        loadingMore.value = false;
      }
    },

    async setSort(order) {
      if (order === sort.value) return;
      sort.value = order;
      // With every top-level comment loaded, reordering needs no request.
      if (next.value !== null) await reload();
    },

    showIncoming() {
      const arrived = [...waiting.value.values()];
      batch(() => {
        const map = new Map(shown.value);
        for (const comment of arrived) put(map, comment);
        shown.value = map;
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
      batch(() => {
        const map = new Map(shown.value);
        const queue = new Map(waiting.value);
        let delta = 0;
        for (const change of changes) {
          const before = map.get(change.commentId) ?? queue.get(change.commentId);
          const wasApproved = before?.status === 'approved';
          if (change.kind === 'remove' || !change.comment) {
            map.delete(change.commentId);
            queue.delete(change.commentId);
            if (wasApproved) delta--;
            continue;
          }
          const comment = change.comment;
          if (comment.status === 'approved' && !wasApproved) delta++;
          if (comment.status !== 'approved' && wasApproved) delta--;
          if (map.has(comment.id)) put(map, comment);
          else if (queue.has(comment.id) || !isOwn(comment)) put(queue, comment);
          else put(map, comment);
        }
        shown.value = map;
        waiting.value = queue;
        if (delta !== 0) countDelta.value += delta;
        if (thread.value?.isNew && map.size + queue.size > 0) thread.value = { ...thread.value, isNew: false };
      });
    },

    addSending(comment) {
      batch(() => {
        shown.value = new Map(shown.value).set(comment.id, comment);
        sending.value = new Set(sending.value).add(comment.id);
      });
      return () => {
        batch(() => {
          const map = new Map(shown.value);
          map.delete(comment.id);
          shown.value = map;
          const ids = new Set(sending.value);
          ids.delete(comment.id);
          sending.value = ids;
        });
      };
    },

    confirmSent(placeholderId, stored) {
      batch(() => {
        const map = new Map(shown.value);
        map.delete(placeholderId);
        const known = map.has(stored.id) || waiting.value.has(stored.id);
        map.set(stored.id, stored);
        shown.value = map;
        if (waiting.value.has(stored.id)) {
          const queue = new Map(waiting.value);
          queue.delete(stored.id);
          waiting.value = queue;
        }
        const ids = new Set(sending.value);
        ids.delete(placeholderId);
        sending.value = ids;
        if (!known && stored.status === 'approved') countDelta.value += 1;
        if (thread.value?.isNew) thread.value = { ...thread.value, isNew: false };
      });
    },

    startLive() {
      liveWanted = true;
      connectLive();
    },

    dispose() {
      liveWanted = false;
      stopLive?.();
      stopLive = null;
    },
  };
  return model;
}
