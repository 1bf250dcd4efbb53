import type { SiteSettingsDoc } from '../../../core/src/docs.ts';
import { reservedKey } from '../../../core/src/moderation/normalize.ts';
import { reservedNameHolders } from '../moderation/phases/reserved-name.ts';
import { db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';

/**
 * Staff names are reserved per site in the settings every new comment loads anyway, as
 * `reservedNames: { <folded name>: <uid of its holder> }`: only the holder may post under it.
 */

/** The reservations of a stored settings document (none when missing or not a map). */
export function reservationsOf(settings: Partial<SiteSettingsDoc> | undefined): Record<string, string> {
  const stored = settings?.reservedNames;
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter(([, uid]) => typeof uid === 'string'));
}


/**
 * The reservations once `uid` holds `name` (or nothing, for null) on a site: their earlier
 * names are freed. `taken` when another holder has the name, or one that looks the same, already
 * (nothing changes then).
 */
export function reserve(current: Record<string, string>, uid: string, name: string | null): { next: Record<string, string>; taken: boolean } {
  const key = reservedKey(name);
  if (key && reservedNameHolders(current, name!).some((holder) => holder !== uid)) return { next: current, taken: true };
  const next = Object.fromEntries(Object.entries(current).filter(([, holder]) => holder !== uid));
  if (key) next[key] = uid;
  return { next, taken: false };
}

/**
 * Keeps a staff member's reserved name in step on the given sites, in a transaction: frees their
 * earlier name and reserves `name` (null frees only). With `refuseTaken`, a name another staff
 * member holds refuses `name-reserved` before anything is written; otherwise that site keeps the
 * other holder's reservation and this user's earlier names are still freed.
 */
export async function syncReservedName(
  uid: string,
  name: string | null,
  siteIds: readonly string[],
  options: { refuseTaken: boolean },
): Promise<void> {
  if (siteIds.length === 0) return;
  await db.runTransaction(async (tx) => {
    const refs = siteIds.map((siteId) => col.settings(siteId));
    const snaps = await tx.getAll(...refs);
    const changes = snaps.map((snap) => {
      const current = reservationsOf(snap.data());
      const result = reserve(current, uid, name);
      if (result.taken && options.refuseTaken) refuse('name-reserved', 'another member of the staff uses this name');
      return result.taken ? reserve(current, uid, null).next : result.next;
    });
    changes.forEach((next, index) => tx.set(refs[index]!, { reservedNames: next }, { mergeFields: ['reservedNames'] }));
  });
}
