import { namesLookAlike, reservedKey } from '../../../../core/src/moderation/normalize.ts';
import { refuse } from '../../shared/refuse.ts';
import type { Phase } from '../pipeline.ts';

/**
 * A site's owners and moderators alone may post under their names, however the name is
 * disguised; a badge is no licence to use another staff member's name.
 */
export const reservedName: Phase = ({ author, settings }) => {
  const holders = reservedNameHolders(settings.reservedNames, author.card.name);
  if (holders.length > 0 && !holders.includes(author.card.uid)) refuse('name-reserved');
  return undefined;
};

/**
 * Who holds a display name on a site (their uids), or nobody. The name is held by whoever
 * reserved it exactly; otherwise by whoever reserved a name that looks the same (see
 * `namesLookAlike`: "BiII" or "B1ll" for "Bill").
 */
export function reservedNameHolders(reserved: Record<string, string>, name: string): string[] {
  const key = reservedKey(name);
  if (!key) return [];
  if (Object.hasOwn(reserved, key)) return [reserved[key]!];
  return [...new Set(Object.entries(reserved).filter(([held]) => namesLookAlike(name, held)).map(([, uid]) => uid))];
}
