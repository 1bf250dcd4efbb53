import type { Phase } from '../pipeline.ts';

/** On sites that ask for it, a first comment waits for a moderator unless the author is trusted. */
export const firstTime: Phase = ({ site, siteUser, isEdit, author }) => {
  if (site.moderation !== 'first-time' || isEdit || author.card.badges.length > 0) return undefined;
  if (siteUser?.trusted || (siteUser?.counts.approved ?? 0) > 0) return undefined;
  return { status: 'pending', phase: 'first-time', reason: 'first comment on this site' };
};
