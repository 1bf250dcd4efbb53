import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { keepsReportsOpen } from '../../../../core/src/moderation/reports.ts';
import type { ModerationAction } from '../../../../core/src/moderator-requests.ts';
import type { ModeratorClient, QueueCounts, QueueItem, QueueName } from '../../client/moderator/client.ts';
import type { ParleyError } from '../../client/parley-error.ts';
import { createDecisionsModel, type DecisionsModel } from './decisions-model.ts';
import { createItemDetails, type ItemDetails } from './item-details.ts';
import { createQueueCursor } from './queue-cursor.ts';
import { createQueueSizes } from './queue-sizes.ts';
import { decisionEffect, type CommentState } from './transitions.ts';

/** Most comments one page shows (and one bulk decision takes). */
export const MAX_PAGE = 100;
const FIRST_PAGE = 50;

/** Whether a comment in this state belongs in the queue (the reported queue keeps the undecided). */
export function belongsTo(queue: QueueName, state: CommentState): boolean {
  if (queue === 'all') return true;
  if (queue === 'reported') return keepsReportsOpen(state.status) && !state.reviewed;
  return state.status === queue;
}

/** A filter on one author, with their name for the chip. */
export interface AuthorFilter {
  uid: string;
  name: string;
}

/** One site's queues: what is listed, the cursor and selection, and the decisions on them. */
export interface QueueModel {
  readonly queue: ReadonlySignal<QueueName>;
  readonly order: ReadonlySignal<'newest' | 'oldest'>;
  readonly threadId: ReadonlySignal<string | null>;
  readonly author: ReadonlySignal<AuthorFilter | null>;
  readonly search: ReadonlySignal<string>;
  /** The items shown: the server's, with decisions applied, filtered by the search text. */
  readonly items: ReadonlySignal<QueueItem[]>;
  readonly loading: ReadonlySignal<boolean>;
  readonly loadError: ReadonlySignal<ParleyError | null>;
  /** True when the server may have more than the page holds. */
  readonly hasMore: ReadonlySignal<boolean>;
  /** Every comment of a full page was decided here: the next ones come once the server has the decisions. */
  readonly refilling: ReadonlySignal<boolean>;
  /** The item keyboard commands act on. */
  readonly cursor: ReadonlySignal<string | null>;
  readonly selected: ReadonlySignal<ReadonlySet<string>>;
  /** Queue sizes from the server, less what decisions already took out. */
  readonly counts: ReadonlySignal<QueueCounts | null>;
  readonly decisions: DecisionsModel;
  readonly details: ItemDetails;
  setQueue(queue: QueueName): void;
  setOrder(order: 'newest' | 'oldest'): void;
  setThread(threadId: string | null): void;
  /** Only this author's comments (a uid), or everyone's. */
  setAuthor(uid: string | null): void;
  setSearch(text: string): void;
  loadMore(): void;
  /** Moves the cursor by one item (j/k); past the last one, loads more when the server has them. */
  move(delta: 1 | -1): void;
  focus(id: string): void;
  toggleSelected(id: string): void;
  /** Selects every item on the page, or clears the selection when all are selected. */
  toggleAll(): void;
  clearSelection(): void;
  /** The comments among `ids` (the selection, else the cursor's) that the action would change. */
  applicable(action: ModerationAction, ids?: string[]): string[];
  /** Applies a decision to the selection, or to the cursor's item when nothing is selected; answers how many it changes. */
  act(action: ModerationAction, reason?: string, ids?: string[]): number;
  ban(uid: string, name: string, hours: number | null, shadow: boolean, reason: string): void;
  unban(uid: string, name: string, reason: string): void;
  trust(uid: string, name: string, trusted: boolean): void;
  undo(): void;
  dispose(): void;
}

/** Creates the queue model of one site. */
export function createQueueModel(
  client: ModeratorClient,
  siteId: string,
  moderatorUid: string,
  options: { queue?: QueueName; thread?: string | null; author?: string | null; undoMs?: number } = {},
): QueueModel {
  const queue = signal<QueueName>(options.queue ?? 'pending');
  const order = signal<'newest' | 'oldest'>('newest');
  const threadId = signal<string | null>(options.thread ?? null);
  const authorUid = signal<string | null>(options.author ?? null);
  const search = signal('');
  const pageSize = signal(FIRST_PAGE);
  const serverItems = signal<QueueItem[]>([]);
  // The chip's name: from the author's comments listed, else from their standing on the site
  // (an address may name an author with nothing in this queue).
  const storedName = signal<string | null>(null);
  const author = computed<AuthorFilter | null>(() => {
    const uid = authorUid.value;
    if (!uid) return null;
    const listed = serverItems.value.find((item) => item.author.uid === uid);
    return { uid, name: listed?.author.name ?? storedName.value ?? uid };
  });
  const loading = signal(true);
  const loadError = signal<ParleyError | null>(null);
  const selected = signal<ReadonlySet<string>>(new Set());
  const decisions = createDecisionsModel(client, siteId, moderatorUid, options.undoMs);
  const details = createItemDetails(client, siteId, decisions.settleUser);

  const items = computed(() => {
    const overlay = decisions.comments.value;
    const text = search.value.trim().toLowerCase();
    return serverItems.value
      .map((item) => {
        const state = overlay.get(item.id);
        return state ? { ...item, ...state } : item;
      })
      .filter((item) => belongsTo(queue.value, item))
      .filter((item) => !text || item.body.toLowerCase().includes(text) || item.author.name.toLowerCase().includes(text));
  });

  const cursor = createQueueCursor(items);
  const filter = computed(() => ({ threadId: threadId.value, authorUid: authorUid.value }));
  const sizes = createQueueSizes(client, siteId, { queue, filter, serverItems, overlay: decisions.comments, belongsTo });

  const stopName = effect(() => {
    const uid = authorUid.value;
    storedName.value = null;
    if (!uid) return;
    return client.watchSiteUser(siteId, uid, (user) => {
      storedName.value = user?.name ?? null;
    });
  });

  const stopQueue = effect(() => {
    const query = { siteId, queue: queue.value, order: order.value, threadId: threadId.value, authorUid: authorUid.value, limit: pageSize.value };
    loading.value = true;
    return client.watchQueue(
      query,
      (next) =>
        batch(() => {
          serverItems.value = next;
          loading.value = false;
          loadError.value = null;
          decisions.settleComments(next);
          details.keep(next);
          sizes.refresh();
        }),
      (error) =>
        batch(() => {
          loadError.value = error;
          loading.value = false;
        }),
    );
  });

  const resetView = () => {
    selected.value = new Set();
    cursor.reset();
  };
  const setFilter = <T,>(target: { value: T }, value: T) =>
    batch(() => {
      target.value = value;
      pageSize.value = FIRST_PAGE;
      // Nothing of the list just left stays on screen (or under the keys) while the new one loads.
      serverItems.value = [];
      loading.value = true;
      resetView();
    });

  const hasMore = computed(() => serverItems.value.length >= pageSize.value && pageSize.value < MAX_PAGE);
  const loadMore = () => {
    pageSize.value = Math.min(MAX_PAGE, pageSize.value + FIRST_PAGE);
  };

  function effects(action: ModerationAction, ids?: string[]): Record<string, CommentState> {
    const current = cursor.current.value;
    const targets = ids ?? (selected.value.size > 0 ? [...selected.value] : current ? [current] : []);
    const byId = new Map(items.value.map((item) => [item.id, item]));
    const after: Record<string, CommentState> = {};
    for (const id of targets.slice(0, MAX_PAGE)) {
      const item = byId.get(id);
      const effect = item && decisionEffect(action, item, queue.value === 'reported');
      if (effect) after[id] = effect;
    }
    return after;
  }

  function act(action: ModerationAction, reason = '', ids?: string[]): number {
    const after = effects(action, ids);
    const changing = Object.keys(after);
    if (changing.length === 0) return 0;
    batch(() => {
      selected.value = new Set();
      decisions.decide({ kind: 'moderate', action, ids: changing, reason, after });
    });
    return changing.length;
  }

  return {
    queue,
    order,
    threadId,
    author,
    search,
    items,
    loading,
    loadError,
    hasMore,
    refilling: computed(() => items.value.length === 0 && !search.value.trim() && serverItems.value.length >= pageSize.value),
    cursor: cursor.current,
    selected,
    counts: sizes.counts,
    decisions,
    details,
    setQueue: (value) => value !== queue.peek() && setFilter(queue, value),
    setOrder: (value) => setFilter(order, value),
    setThread: (value) => value !== threadId.peek() && setFilter(threadId, value),
    setAuthor: (value) => value !== authorUid.peek() && setFilter(authorUid, value),
    setSearch(text) {
      search.value = text;
    },
    loadMore,
    move(delta) {
      const list = items.value;
      if (delta === 1 && list.length > 0 && list.at(-1)!.id === cursor.current.value && hasMore.value) loadMore();
      else cursor.move(delta);
    },
    focus: cursor.focus,
    toggleSelected(id) {
      const next = new Set(selected.value);
      if (!next.delete(id)) next.add(id);
      selected.value = next;
    },
    toggleAll() {
      const page = items.value.slice(0, MAX_PAGE).map((item) => item.id);
      const all = page.length > 0 && page.every((id) => selected.value.has(id));
      selected.value = new Set(all ? [] : page);
    },
    clearSelection() {
      selected.value = new Set();
    },
    applicable: (action, ids) => Object.keys(effects(action, ids)),
    act,
    ban: (uid, name, hours, shadow, reason) => decisions.decide({ kind: 'ban', uid, name, hours, shadow, reason }),
    unban: (uid, name, reason) => decisions.decide({ kind: 'unban', uid, name, reason }),
    trust: (uid, name, trusted) => decisions.decide({ kind: 'trust', uid, name, trusted }),
    undo() {
      const undone = decisions.undo();
      if (undone?.kind === 'moderate') cursor.follow(undone.ids[0] ?? null);
    },
    dispose() {
      stopName();
      stopQueue();
      sizes.dispose();
      decisions.dispose();
      details.dispose();
    },
  };
}
