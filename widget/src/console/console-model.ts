import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { CommentStatus } from '../../../core/src/types.ts';
import type { ModerationAction } from '../../../core/src/moderator-requests.ts';
import type { ModeratorClient, Moderator, QueueItem } from '../client/moderator-client.ts';
import { ParleyError } from '../client/parley-error.ts';

/** Queues the console offers. */
export type QueueFilter = CommentStatus | 'all';

/** The console's state: who is signed in, which site and queue, its items, and the actions. */
export interface ConsoleModel {
  /** undefined while Auth restores the session. */
  readonly moderator: ReadonlySignal<Moderator | null | undefined>;
  readonly sites: ReadonlySignal<string[]>;
  readonly site: ReadonlySignal<string | null>;
  readonly filter: ReadonlySignal<QueueFilter>;
  readonly items: ReadonlySignal<QueueItem[]>;
  readonly loading: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<ParleyError | null>;
  /** Ids with a decision on its way. */
  readonly working: ReadonlySignal<ReadonlySet<string>>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  selectSite(site: string): void;
  setFilter(filter: QueueFilter): void;
  act(ids: string[], action: ModerationAction): Promise<void>;
  dispose(): void;
}

/** Creates the console model. */
export function createConsoleModel(client: ModeratorClient): ConsoleModel {
  const moderator = signal<Moderator | null | undefined>(undefined);
  const site = signal<string | null>(null);
  const filter = signal<QueueFilter>('all');
  const items = signal<QueueItem[]>([]);
  const loading = signal(false);
  const error = signal<ParleyError | null>(null);
  const working = signal<ReadonlySet<string>>(new Set());
  const sites = computed(() => Object.keys(moderator.value?.roles ?? {}).sort());

  const stopAuth = client.onModerator((value) => {
    batch(() => {
      moderator.value = value;
      const available = Object.keys(value?.roles ?? {});
      if (!site.value || !available.includes(site.value)) site.value = available.sort()[0] ?? null;
    });
  });

  const stopQueue = effect(() => {
    const current = site.value;
    const status = filter.value;
    if (!current || !moderator.value) {
      items.value = [];
      return;
    }
    loading.value = true;
    return client.watchQueue(
      current,
      status,
      (next) => batch(() => {
        items.value = next;
        loading.value = false;
      }),
      (reason) => batch(() => {
        error.value = reason;
        loading.value = false;
      }),
    );
  });

  return {
    moderator,
    sites,
    site,
    filter,
    items,
    loading,
    error,
    working,
    async signIn(email, password) {
      error.value = null;
      try {
        await client.signIn(email, password);
      } catch (reason) {
        error.value = ParleyError.from(reason);
      }
    },
    signOut: () => client.signOut(),
    selectSite(value) {
      site.value = value;
    },
    setFilter(value) {
      filter.value = value;
    },
    async act(ids, action) {
      const current = site.value;
      if (!current || ids.length === 0) return;
      working.value = new Set([...working.value, ...ids]);
      error.value = null;
      try {
        await client.moderate(current, ids, action);
      } catch (reason) {
        error.value = ParleyError.from(reason);
      } finally {
        const rest = new Set(working.value);
        for (const id of ids) rest.delete(id);
        working.value = rest;
      }
    },
    dispose() {
      stopAuth();
      stopQueue();
    },
  };
}
