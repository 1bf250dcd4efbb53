import { useEffect } from 'preact/hooks';
import type { ModeratorClient } from '../../client/moderator/client.ts';
import { errorMessage } from '../messages.ts';
import { useModel } from '../use-model.ts';
import { ThreadRow } from './ThreadRow.tsx';
import { createThreadsModel } from './threads-model.ts';

/** The site's threads, newest first, with their counts; close, reopen or pre-moderate one. Older ones come with "Show more". */
export function ThreadsPage({ client, siteId }: { client: ModeratorClient; siteId: string }) {
  const model = useModel(() => createThreadsModel(client, siteId), [client, siteId]);
  const threads = model.threads.value;
  const listed = threads.map((thread) => thread.id).join();
  useEffect(() => {
    document.title = `Threads · ${siteId} · Parley moderation`;
  }, [siteId]);
  useEffect(() => model.loadCounts(), [model, listed]);
  const error = model.error.value;
  const loadError = model.loadError.value;
  return (
    <section aria-labelledby="threads-title">
      <h1 id="threads-title">Threads</h1>
      {error && (
        <p class="notice error" role="alert">
          The change was not saved: {errorMessage(error.code)}
        </p>
      )}
      {loadError && (
        <p class="notice error" role="alert">
          Threads could not be loaded: {errorMessage(loadError.code)}
        </p>
      )}
      {model.loading.value && threads.length === 0 ? (
        <p>Loading…</p>
      ) : threads.length === 0 ? (
        <p>No threads yet: a thread starts with its article's first comment.</p>
      ) : (
        <div class="table-wrap">
          <table class="threads">
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col" class="num">
                  Published
                </th>
                <th scope="col" class="num">
                  Pending
                </th>
                <th scope="col">Comments</th>
                <th scope="col">Pre-moderation</th>
                <th scope="col">
                  <span class="sr-only">Links</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {threads.map((thread) => (
                <ThreadRow
                  key={thread.id}
                  thread={thread}
                  siteId={siteId}
                  counts={model.counts.value.get(thread.id)}
                  busy={model.busy.value.has(thread.id)}
                  onChange={(state) => void model.setState(thread.id, state)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {model.hasMore.value && (
        <button type="button" class="secondary more" aria-busy={model.loadingMore.value} disabled={model.loadingMore.value} onClick={() => void model.loadMore()}>
          {model.loadingMore.value ? 'Loading older threads…' : 'Show more'}
        </button>
      )}
    </section>
  );
}
