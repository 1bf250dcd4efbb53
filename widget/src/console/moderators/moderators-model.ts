import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ModeratorClient, RoleHolder } from '../../client/moderator/client.ts';
import { ParleyError } from '../../client/parley-error.ts';

/** Who holds roles on a site, and granting or revoking the moderator role (owners). */
export interface ModeratorsModel {
  readonly holders: ReadonlySignal<RoleHolder[]>;
  readonly loading: ReadonlySignal<boolean>;
  readonly busy: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<ParleyError | null>;
  /** The last change that succeeded, for the status line. */
  readonly done: ReadonlySignal<string | null>;
  grant(email: string): Promise<boolean>;
  revoke(email: string): Promise<void>;
  dispose(): void;
}

/** Creates the moderators model of one site. */
export function createModeratorsModel(client: ModeratorClient, siteId: string): ModeratorsModel {
  const holders = signal<RoleHolder[]>([]);
  const loading = signal(true);
  const busy = signal(false);
  const error = signal<ParleyError | null>(null);
  const done = signal<string | null>(null);
  const stop = client.watchRoles(
    siteId,
    (next) =>
      batch(() => {
        holders.value = [...next].sort((a, b) => a.role.localeCompare(b.role) * -1 || a.email.localeCompare(b.email));
        loading.value = false;
      }),
    (reason) =>
      batch(() => {
        error.value = reason;
        loading.value = false;
      }),
  );

  async function change(email: string, role: 'moderator' | null, message: string): Promise<boolean> {
    batch(() => {
      busy.value = true;
      error.value = null;
      done.value = null;
    });
    try {
      await client.setModerator(siteId, email, role);
      done.value = message;
      return true;
    } catch (reason) {
      error.value = ParleyError.from(reason);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return {
    holders,
    loading,
    busy,
    error,
    done,
    grant: (email) => change(email.trim(), 'moderator', `${email.trim()} is now a moderator. They see the site after signing in again (or “Check again”).`),
    revoke: async (email) => void (await change(email, null, `${email} no longer moderates this site.`)),
    dispose: stop,
  };
}
