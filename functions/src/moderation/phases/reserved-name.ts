import { reservedKey } from '../../../../core/src/moderation/normalize.ts';
import { refuse } from '../../shared/refuse.ts';
import type { Phase } from '../pipeline.ts';

/**
 * A site's owners and moderators alone may post under their names, however the name is
 * disguised; a badge is no licence to use another staff member's name.
 */
export const reservedName: Phase = ({ author, settings }) => {
  const holder = reservedNameHolder(settings.reservedNames, author.card.name);
  if (holder !== null && holder !== author.card.uid) refuse('name-reserved');
  return undefined;
};

/** Who holds a display name on a site (their uid), or null when nobody does. */
export function reservedNameHolder(reserved: Record<string, string>, name: string): string | null {
  const key = reservedKey(name);
  return key && Object.hasOwn(reserved, key) ? reserved[key]! : null;
}
