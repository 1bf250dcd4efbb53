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
  /** Moderators seen in the log so far, for the filter: uid → name. */
  readonly moderators: ReadonlySignal<ReadonlyMap<string, string>>;
  /** Actions to filter on: the comment decisions and any other seen in the log. */
  readonly actions: ReadonlySignal<string[]>;
  setFilters(change: Partial<LogFilters>): void;
  dispose(): void;
}

/** Start of a local calendar day, in ms. */
function dayStart(day: string): number | undefined {
  const [y, m, d] = day.split('-').map(Number);
  return y && m && d ? new Date(y, m - 1, d).getTime() : undefined;
}

/** The listener query for the chosen filters. */
export function logQuery(siteId: string, filters: LogFilters): LogQuery {
  const query: LogQuery = { siteId, limit: PAGE };
  if (filters.by) query.by = filters.by === 'system' ? null : filters.by;
  if (filters.action) query.action = filters.action;
  const from = dayStart(filters.fromDay);
  const to = dayStart(filters.toDay);
  if (from !== undefined) query.from = from;
  if (to !== undefined) query.to = to + 24 * 3600 * 1000;
  return query;
}

/** Creates the log model of one site. */
export function createLogModel(client: ModeratorClient, siteId: string): LogModel {
  const filters = signal<LogFilters>({ by: '', action: '', fromDay: '', toDay: '' });
  const records = signal<ActionRecord[]>([]);
  const loading = signal(true);
  const error = signal<ParleyError | null>(null);
  const seen = signal<ReadonlyMap<string, string>>(new Map());
  const seenActions = signal<ReadonlySet<string>>(new Set());
  const stop = effect(() => {
    loading.value = true;
    return client.watchLog(
      logQuery(siteId, filters.value),
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
  return {
    filters,
    records,
    loading,
    error,
    moderators: seen,
    actions: computed(() => [...new Set<string>([...MODERATION_ACTIONS, ...seenActions.value])]),
    setFilters(change) {
      filters.value = { ...filters.value, ...change };
    },
    dispose: stop,
  };
}
