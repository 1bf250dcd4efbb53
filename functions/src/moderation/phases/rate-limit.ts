import { Timestamp } from 'firebase-admin/firestore';
import { exceedsRate } from '../../../../core/src/moderation/rate.ts';
import { col } from '../../shared/collections.ts';
import { refuse } from '../../shared/refuse.ts';
import type { Phase } from '../pipeline.ts';

/**
 * Rate limits per author (exact: checked again inside the write transaction), per IP address (an
 * IPv6 client per /64 network) and per thread (counted from stored comments, so a burst may pass by a few). Edits are not limited.
 */
export const rateLimit: Phase = async ({ isEdit, siteUser, settings, siteId, threadId, network, now }) => {
  if (isEdit) return undefined;
  const limits = settings.rateLimits;
  if (exceedsRate(siteUser?.recent ?? [], now, { perMinute: limits.userPerMinute, perHour: limits.userPerHour })) refuse('rate-limited');
  const since = (ms: number) => Timestamp.fromMillis(now - ms);
  const counts = await Promise.all([
    limits.threadPerMinute > 0
      ? col.comments().where('threadId', '==', threadId).where('createdAt', '>', since(60_000)).count().get()
      : null,
    network && limits.ipPerMinute > 0
      ? col.commentPrivate().where('siteId', '==', siteId).where('network', '==', network).where('createdAt', '>', since(60_000)).count().get()
      : null,
    network && limits.ipPerHour > 0
      ? col.commentPrivate().where('siteId', '==', siteId).where('network', '==', network).where('createdAt', '>', since(3_600_000)).count().get()
      : null,
  ]);
  const [thread, ipMinute, ipHour] = counts.map((count) => count?.data().count ?? 0);
  if (limits.threadPerMinute > 0 && thread! >= limits.threadPerMinute) refuse('rate-limited');
  if (limits.ipPerMinute > 0 && ipMinute! >= limits.ipPerMinute) refuse('rate-limited');
  if (limits.ipPerHour > 0 && ipHour! >= limits.ipPerHour) refuse('rate-limited');
  return undefined;
};
