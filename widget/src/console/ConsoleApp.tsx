import type { ModeratorClient } from '../client/moderator-client.ts';
import type { ConsoleModel, QueueFilter } from './console-model.ts';
import { QueueItemCard } from './QueueItemCard.tsx';
import { SignIn } from './SignIn.tsx';

const FILTERS: Array<[QueueFilter, string]> = [
  ['all', 'All'],
  ['pending', 'Pending'],
  ['approved', 'Approved'],
  ['rejected', 'Rejected'],
  ['spam', 'Spam'],
];

/** The console: sign-in, "no access", or the site's queue. */
export function ConsoleApp({ model, client }: { model: ConsoleModel; client: ModeratorClient }) {
  const moderator = model.moderator.value;
  if (moderator === undefined) return <p class="loading">Loading…</p>;
  if (moderator === null) return <SignIn model={model} />;
  const site = model.site.value;
  return (
    <div class="console">
      <header class="topbar">
        <h1>Parley moderation</h1>
        {model.sites.value.length > 1 && (
          <label>
            Site{' '}
            <select value={site ?? ''} onChange={(event) => model.selectSite(event.currentTarget.value)}>
              {model.sites.value.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </label>
        )}
        <span class="who">{moderator.email}</span>
        <button type="button" class="secondary" onClick={() => void model.signOut()}>
          Sign out
        </button>
      </header>
      {!site ? (
        <main>
          <h2>No access</h2>
          <p>This account does not moderate any site. Ask the site owner to grant you the moderator role.</p>
        </main>
      ) : (
        <main>
          <nav aria-label="Queues" class="tabs">
            {FILTERS.map(([value, label]) => (
              <button key={value} type="button" aria-pressed={model.filter.value === value} onClick={() => model.setFilter(value)}>
                {label}
              </button>
            ))}
          </nav>
          {model.error.value && (
            <p class="error" role="alert">
              The last action failed ({model.error.value.code}). Nothing was changed.
            </p>
          )}
          {model.loading.value && <p>Loading…</p>}
          {!model.loading.value && model.items.value.length === 0 && <p>Nothing in this queue.</p>}
          <ul class="queue" aria-label="Comments">
            {model.items.value.map((item) => (
              <li key={item.id}>
                <QueueItemCard item={item} client={client} busy={model.working.value.has(item.id)} onAct={(action) => void model.act([item.id], action)} />
              </li>
            ))}
          </ul>
        </main>
      )}
    </div>
  );
}
