import { foldForMatching } from '../../../../core/src/moderation/normalize.ts';
import { refuse } from '../../shared/refuse.ts';
import type { Phase } from '../pipeline.ts';

/** Only a site's owners and moderators may post under their own names, however the name is disguised. */
export const reservedName: Phase = ({ author, settings }) => {
  if (author.card.badges.length > 0 || settings.reservedNames.length === 0) return undefined;
  if (settings.reservedNames.includes(foldForMatching(author.card.name).trim())) refuse('name-reserved');
  return undefined;
};
