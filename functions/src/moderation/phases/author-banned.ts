import { refuse } from '../../shared/refuse.ts';
import type { Phase } from '../pipeline.ts';

/** A banned author is refused; a shadow-banned one is quietly filed as spam (they still see their comment). */
export const authorBanned: Phase = ({ siteUser, now }) => {
  const ban = siteUser?.ban;
  if (!ban || (ban.until && ban.until.toMillis() <= now)) return undefined;
  if (ban.shadow) return { status: 'spam', phase: 'author-banned', reason: 'shadow ban' };
  refuse('user-banned');
};
