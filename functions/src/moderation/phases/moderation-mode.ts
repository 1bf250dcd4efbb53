import type { Phase } from '../pipeline.ts';

/** Full pre-moderation (for the site or this thread) holds every comment for a moderator. */
export const moderationMode: Phase = ({ site, thread, author }) => {
  if (author.card.badges.length > 0) return undefined;
  if (site.moderation === 'pre') return { status: 'pending', phase: 'moderation-mode', reason: 'site pre-moderates every comment' };
  if (thread?.premoderate) return { status: 'pending', phase: 'moderation-mode', reason: 'thread is pre-moderated' };
  return undefined;
};
