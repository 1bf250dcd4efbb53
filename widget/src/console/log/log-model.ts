import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ActionRecord, LogQuery, ModeratorClient } from '../../client/moderator/client.ts';
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
const EXCERPT = 90;

/** What a record was about, as the log shows it: the comment's author and opening words, or the user's name. */
export interface LogTarget {
  name: string;
  excerpt: string | null;
}

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
  /** What the shown records were about, by comment id or uid, filled in as they load. */
  readonly targets: ReadonlySignal<ReadonlyMap<string, LogTarget>>;
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
  const targets = signal<ReadonlyMap<string, LogTarget>>(new Map());
  const asked = new Set<string>();
  const stoppers = new Set<() => void>();
  const learn = (key: string, target: LogTarget) => {
    targets.value = new Map(targets.peek()).set(key, target);
  };
  /** Looks up what new records are about, once per comment or user. */
  const describe = (next: ActionRecord[]) => {
    for (const record of next) {
      if (record.commentId && !asked.has(record.commentId)) {
        const id = record.commentId;
        asked.add(id);
        client
          .getComment(id)
          .then((item) => {
            if (!item) return;
            const text = item.body.replace(/\s+/g, ' ').trim();
            learn(id, { name: item.author.name, excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text });
          })
          .catch(() => undefined);
      } else if (!record.commentId && record.targetUid && !asked.has(record.targetUid)) {
        const uid = record.targetUid;
        asked.add(uid);
        let stopUser: () => void = () => undefined;
        let answered = false;
        stopUser = client.watchSiteUser(siteId, uid, (user) => {
          if (user) learn(uid, { name: user.name, excerpt: null });
          answered = true;
          stopUser();
          stoppers.delete(stopUser);
        });
        if (!answered) stoppers.add(stopUser);
        else stopUser();
      }
    }
  };
  const stop = effect(() => {
    loading.value = true;
    return client.watchLog(
      logQuery(siteId, filters.value, limit.value),
      (next) =>
        batch(() => {
          records.value = next;
          describe(next);
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
    targets,
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
      for (const stopUser of stoppers) stopUser();
    },
  };
}
