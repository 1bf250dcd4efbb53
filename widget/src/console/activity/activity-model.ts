import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { DayStats, ModeratorClient, QueueCounts } from '../../client/moderator/client.ts';
import type { ParleyError } from '../../client/parley-error.ts';
import { utcDay } from '../format.ts';
import { fillDays, lastDays } from './chart.ts';

/** How many days the chart covers. */
export const CHART_DAYS = 30;

/** The activity panel: comments per day for 30 days by outcome, and the queue sizes now. */
export interface ActivityModel {
  readonly days: ReadonlySignal<DayStats[]>;
  readonly counts: ReadonlySignal<QueueCounts | null>;
  readonly loading: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<ParleyError | null>;
  dispose(): void;
}

/** Creates the activity model of one site; `now` is for tests. */
export function createActivityModel(client: ModeratorClient, siteId: string, now = Date.now()): ActivityModel {
  const window = lastDays(utcDay(now), CHART_DAYS);
  const days = signal<DayStats[]>(fillDays(window, []));
  const counts = signal<QueueCounts | null>(null);
  const loading = signal(true);
  const error = signal<ParleyError | null>(null);
  const refresh = () =>
    client.countQueues(siteId).then(
      (value) => {
        counts.value = value;
      },
      (reason: ParleyError) => {
        error.value = reason;
      },
    );
  void refresh();
  const timer = setInterval(refresh, 60_000);
  const stop = client.watchStats(
    siteId,
    window[0]!,
    (stats) =>
      batch(() => {
        days.value = fillDays(window, stats);
        loading.value = false;
        void refresh();
      }),
    (reason) =>
      batch(() => {
        error.value = reason;
        loading.value = false;
      }),
  );
  return {
    days,
    counts,
    loading,
    error,
    dispose() {
      stop();
      clearInterval(timer);
    },
  };
}
