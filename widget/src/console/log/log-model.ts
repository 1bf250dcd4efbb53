import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ActionRecord, LogQuery, ModeratorClient } from '../../client/moderator-client.ts';
import type { ParleyError } from '../../client/parley-error.ts';
import { MODERATION_ACTIONS } from '../../../../core/src/moderator-requests.ts';

/** The log's filters as chosen: `by` is a uid, 'system', or '' for everyone; days are `YYYY-MM-DD` (local). */
export interface LogFilters {
  by: string;
  action: string;
  fromDay: string;
  toDay: string;
}

const PAGE = 100;

/** The action log of one site, live, filtered by moderator, action and date. */
export interface LogModel {
  readonly filters: ReadonlySignal<LogFilters>;
  readonly records: ReadonlySignal<ActionRecord[]>;
  readonly loading: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<ParleyError | null>;
  /** Moderators for the filter, uid → name by name: the site's role holders (owners can list them) and anyone seen in the log. */
  readonly moderators: ReadonlySignal<ReadonlyMap<string, string>>;
  /** More records match than are shown. */
  readonly hasMore: ReadonlySignal<boolean>;
  /** Actions to filter on: the comment decisions and any other seen in the log. */
  readonly actions: ReadonlySignal<string[]>;
  setFilters(change: Partial<LogFilters>): void;
  /** Shows the next page of older records (the listener widens; what is shown stays live). */
  showMore(): void;
  dispose(): void;
}

/** Start of a local calendar day, in ms. */
function dayStart(day: string): number | undefined {
  const [y, m, d] = day.split('-').map(Number);
  return y && m && d ? new Date(y, m - 1, d).getTime() : undefined;
}

/** The listener query for the chosen filters. */
export function logQuery(siteId: string, filters: LogFilters, limit = PAGE): LogQuery {
  const query: LogQuery = { siteId, limit };
  if (filters.by) query.by = filters.by === 'system' ? null : filters.by;
  if (filters.action) query.action = filters.action;
  const from = dayStart(filters.fromDay);
  const to = dayStart(filters.toDay);
  if (from !== undefined) query.from = from;
  if (to !== undefined) query.to = to + 24 * 3600 * 1000;
  return query;
}

/** Creates the log model of one site; owners also see every role holder in the moderator filter. */
export function createLogModel(client: ModeratorClient, siteId: string, options: { owner?: boolean } = {}): LogModel {
  const filters = signal<LogFilters>({ by: '', action: '', fromDay: '', toDay: '' });
  const limit = signal(PAGE);
  const holders = signal<ReadonlyMap<string, string>>(new Map());
  const records = signal<ActionRecord[]>([]);
  const loading = signal(true);
  const error = signal<ParleyError | null>(null);
  const seen = signal<ReadonlyMap<string, string>>(new Map());
  const seenActions = signal<ReadonlySet<string>>(new Set());
  const stop = effect(() => {
    loading.value = true;
    return client.watchLog(
      logQuery(siteId, filters.value, limit.value),
      (next) =>
        batch(() => {
          records.value = next;
          loading.value = false;
          error.value = null;
          const names = new Map(seen.peek());
          const actions = new Set(seenActions.peek());
          for (const record of next) {
            if (record.by) names.set(record.by, record.byName || record.by);
            actions.add(record.action);
          }
          seen.value = names;
          seenActions.value = actions;
        }),
      (reason) =>
        batch(() => {
          error.value = reason;
          loading.value = false;
        }),
    );
  });
  // Moderators cannot list role holders (rules); for them the filter offers whoever the log shows.
  const stopRoles = options.owner
    ? client.watchRoles(
        siteId,
        (list) => (holders.value = new Map(list.map((holder) => [holder.uid, holder.email]))),
        () => undefined,
      )
    : () => undefined;
  return {
    filters,
    records,
    loading,
    error,
    moderators: computed(() => new Map([...new Map([...holders.value, ...seen.value])].sort((a, b) => a[1].localeCompare(b[1])))),
    hasMore: computed(() => records.value.length >= limit.value),
    actions: computed(() => [...new Set<string>([...MODERATION_ACTIONS, ...seenActions.value])]),
    setFilters(change) {
      batch(() => {
        filters.value = { ...filters.value, ...change };
        limit.value = PAGE;
      });
    },
    showMore() {
      limit.value += PAGE;
    },
    dispose() {
      stop();
      stopRoles();
    },
  };
}
