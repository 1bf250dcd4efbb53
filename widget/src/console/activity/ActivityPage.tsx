import { useEffect } from 'preact/hooks';
import { QUEUE_NAMES, type ModeratorClient } from '../../client/moderator/client.ts';
import { errorMessage, QUEUE_LABELS } from '../messages.ts';
import { formatRoute } from '../shell/route.ts';
import { useModel } from '../use-model.ts';
import { ActivityChart } from './ActivityChart.tsx';
import { CHART_DAYS, createActivityModel } from './activity-model.ts';

/** The activity panel: the queues' sizes now, and the last 30 days of comments by outcome. */
export function ActivityPage({ client, siteId }: { client: ModeratorClient; siteId: string }) {
  const model = useModel(() => createActivityModel(client, siteId), [client, siteId]);
  useEffect(() => {
    document.title = `Activity · ${siteId} · Parley moderation`;
  }, [siteId]);
  const counts = model.counts.value;
  const error = model.error.value;
  return (
    <section aria-labelledby="activity-title">
      <h1 id="activity-title">Activity</h1>
      {error && (
        <p class="notice error" role="alert">
          Some figures could not be loaded: {errorMessage(error.code)}
        </p>
      )}
      <h2>Queues now</h2>
      <ul class="sizes">
        {QUEUE_NAMES.map((queue) => (
          <li key={queue}>
            <a href={formatRoute({ site: siteId, page: 'queue', queue, thread: null, author: null })}>
              <span class="size">{counts ? counts[queue] : '…'}</span> {QUEUE_LABELS[queue].toLowerCase()}
            </a>
          </li>
        ))}
      </ul>
      <h2>Comments per day, last {CHART_DAYS} days</h2>
      <ActivityChart days={model.days.value} />
    </section>
  );
}
