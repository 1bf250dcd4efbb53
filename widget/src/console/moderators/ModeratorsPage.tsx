import { useEffect, useRef, useState } from 'preact/hooks';
import type { ModeratorClient } from '../../client/moderator/client.ts';
import { formatDate } from '../format.ts';
import { errorMessage } from '../messages.ts';
import { useModel } from '../use-model.ts';
import { createModeratorsModel } from './moderators-model.ts';

/** Owners grant and revoke the moderator role by email. */
export function ModeratorsPage({ client, siteId, ownUid }: { client: ModeratorClient; siteId: string; ownUid: string }) {
  const model = useModel(() => createModeratorsModel(client, siteId), [client, siteId]);
  const [email, setEmail] = useState('');
  // Revoking takes effect at once (the colleague is refused on their next action): one click asks, a second confirms.
  const [revoking, setRevoking] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const asked = useRef<string | null>(null);
  useEffect(() => {
    // Focus follows the buttons that replace each other: to Cancel when asking, back to "Revoke…" after.
    const uid = revoking ?? asked.current;
    asked.current = revoking;
    if (uid) tableRef.current?.querySelector<HTMLElement>(`[data-revoke="${CSS.escape(uid)}"]`)?.focus();
  }, [revoking]);
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
          <table ref={tableRef}>
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
                    {holder.role === 'moderator' &&
                      (revoking === holder.uid ? (
                        <span class="row" role="group" aria-label={`Confirm revoking ${holder.email}`}>
                          <button
                            type="button"
                            class="primary danger small"
                            aria-disabled={model.busy.value}
                            onClick={() => {
                              if (model.busy.value) return;
                              setRevoking(null);
                              void model.revoke(holder.email);
                            }}
                          >
                            Revoke {holder.email}
                          </button>
                          <button type="button" class="secondary small" data-revoke={holder.uid} onClick={() => setRevoking(null)}>
                            Cancel
                          </button>
                        </span>
                      ) : (
                        <button type="button" class="secondary small" data-revoke={holder.uid} aria-label={`Revoke ${holder.email}…`} onClick={() => setRevoking(holder.uid)}>
                          Revoke…
                        </button>
                      ))}
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
