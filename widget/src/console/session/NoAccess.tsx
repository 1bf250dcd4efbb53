import type { Moderator } from '../../client/moderator/client.ts';
import type { SessionModel } from './session-model.ts';

/** A signed-in account that holds no role on any site. */
export function NoAccess({ moderator, session }: { moderator: Moderator; session: SessionModel }) {
  return (
    <main class="signin no-access">
      <h1>No access</h1>
      <p>
        You are signed in as <strong>{moderator.email || moderator.name || 'an account without email'}</strong>, but this account does not moderate any site.
      </p>
      <p>Ask a site owner to add you on the console's Moderators page, then check again.</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => void session.refreshRoles()}>
          Check again
        </button>
        <button type="button" class="secondary" onClick={() => void session.signOut()}>
          Sign out
        </button>
      </div>
    </main>
  );
}
