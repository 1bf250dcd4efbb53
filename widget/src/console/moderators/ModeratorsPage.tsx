import { useEffect, useState } from 'preact/hooks';
import type { ModeratorClient } from '../../client/moderator-client.ts';
import { formatDate } from '../format.ts';
import { errorMessage } from '../messages.ts';
import { useModel } from '../use-model.ts';
import { createModeratorsModel } from './moderators-model.ts';

/** Owners grant and revoke the moderator role by email. */
export function ModeratorsPage({ client, siteId, ownUid }: { client: ModeratorClient; siteId: string; ownUid: string }) {
  const model = useModel(() => createModeratorsModel(client, siteId), [client, siteId]);
  const [email, setEmail] = useState('');
  useEffect(() => {
    document.title = `Moderators · ${siteId} · Parley moderation`;
  }, [siteId]);
  const error = model.error.value;
  return (
    <section aria-labelledby="moderators-title">
      <h1 id="moderators-title">Moderators</h1>
      <form
        class="row"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!model.busy.value && (await model.grant(email))) setEmail('');
        }}
      >
        <label for="grant-email">Email of the account to make a moderator</label>
        <input id="grant-email" type="email" required value={email} onInput={(event) => setEmail(event.currentTarget.value)} />
        <button type="submit" class="primary" aria-disabled={model.busy.value}>
          Grant moderator role
        </button>
      </form>
      <p class="hint muted">The account must have signed in to Parley once (any method) so that it exists.</p>
      <p role="status">{model.done.value}</p>
      {error && (
        <p class="error" role="alert">
          {errorMessage(error.code)}
        </p>
      )}
      {model.loading.value ? (
        <p>Loading…</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Role</th>
                <th scope="col">Since</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {model.holders.value.map((holder) => (
                <tr key={holder.uid}>
                  <th scope="row">
                    {holder.email}
                    {holder.uid === ownUid && <span class="muted"> (you)</span>}
                  </th>
                  <td>{holder.role}</td>
                  <td>{formatDate(holder.at)}</td>
                  <td>
                    {holder.role === 'moderator' && (
                      <button type="button" class="secondary small" aria-disabled={model.busy.value} onClick={() => !model.busy.value && void model.revoke(holder.email)}>
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
