import { useEffect } from 'preact/hooks';
import type { ModeratorClient } from '../../client/moderator/client.ts';
import { formatDateTime } from '../format.ts';
import { ACTION_DONE, errorMessage } from '../messages.ts';
import { useModel } from '../use-model.ts';
import { createLogModel } from './log-model.ts';

/** Every decision on the site: who, what, when and why, filterable by moderator, action and date. */
export function LogPage({ client, siteId, owner = false }: { client: ModeratorClient; siteId: string; owner?: boolean }) {
  const model = useModel(() => createLogModel(client, siteId, { owner }), [client, siteId, owner]);
  useEffect(() => {
    document.title = `Log · ${siteId} · Parley moderation`;
  }, [siteId]);
  const filters = model.filters.value;
  const records = model.records.value;
  const error = model.error.value;
  const targets = model.targets.value;
  return (
    <section aria-labelledby="log-title">
      <h1 id="log-title">Action log</h1>
      <div class="toolbar" role="search" aria-label="Filter the log">
        <label>
          Moderator{' '}
          <select value={filters.by} onChange={(event) => model.setFilters({ by: event.currentTarget.value })}>
            <option value="">Everyone</option>
            <option value="system">The system (automatic)</option>
            {[...model.moderators.value].map(([uid, name]) => (
              <option key={uid} value={uid}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Action{' '}
          <select value={filters.action} onChange={(event) => model.setFilters({ action: event.currentTarget.value })}>
            <option value="">Any</option>
            {model.actions.value.map((action) => (
              <option key={action} value={action}>
                {ACTION_DONE[action] ?? action}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" value={filters.fromDay} onChange={(event) => model.setFilters({ fromDay: event.currentTarget.value })} />
        </label>
        <label>
          To <input type="date" value={filters.toDay} onChange={(event) => model.setFilters({ toDay: event.currentTarget.value })} />
        </label>
      </div>
      {error && (
        <p class="notice error" role="alert">
          The log could not be loaded: {errorMessage(error.code)}
        </p>
      )}
      {model.loading.value && records.length === 0 ? (
        <p>Loading…</p>
      ) : records.length === 0 ? (
        <p>No decisions match these filters.</p>
      ) : (
        <div class="table-wrap">
          <table class="log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">On</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.id}>
                  <td class="nowrap">{formatDateTime(record.at)}</td>
                  <td>{record.by === null ? <span class="muted">System</span> : record.byName || record.by}</td>
                  <td>
                    <span class={`action action-${record.action}`}>{ACTION_DONE[record.action] ?? record.action}</span>
                  </td>
                  <td class="small">
                    {record.commentId && (
                      <span>
                        {targets.get(record.commentId) ? `comment by ${targets.get(record.commentId)!.name}` : 'comment'} <code>{record.commentId.slice(0, 8)}</code>
                        {record.revision && record.revision > 1 ? ` (revision ${record.revision})` : ''}
                        {targets.get(record.commentId)?.excerpt && <q class="excerpt">{targets.get(record.commentId)!.excerpt}</q>}
                      </span>
                    )}
                    {record.targetUid && !record.commentId && (
                      <span>
                        {targets.get(record.targetUid) ? `${targets.get(record.targetUid)!.name} ` : 'user '}
                        <code>{record.targetUid.slice(0, 8)}</code>
                      </span>
                    )}
                  </td>
                  <td>{record.reason || <span class="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {model.hasMore.value && (
            <p>
              <button type="button" class="secondary" aria-disabled={model.loading.value} onClick={() => !model.loading.value && model.showMore()}>
                {model.loading.value ? 'Loading…' : 'Show older decisions'}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
