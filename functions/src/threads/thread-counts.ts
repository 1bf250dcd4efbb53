import type { Request } from 'firebase-functions/https';
import { onRequest } from 'firebase-functions/https';
import type { Response } from 'express';
import { MAX_COUNT_THREADS } from '../../../core/src/api.ts';
import { threadKey } from '../../../core/src/canonical-url.ts';
import { db, REGION } from '../shared/app.ts';
import { metered } from '../shared/metering.ts';
import type { CounterShardDoc } from '../../../core/src/docs.ts';
import { threadIdFor } from './thread-id.ts';


function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * GET /api/counts?site=SITE&url=U1&url=U2&id=I1: approved-comment counts for many threads in one
 * request (article lists). Answers `{ counts: { [url or id as sent]: number } }`; unknown threads
 * count 0. Reads one counter shard per thread that has comments.
 */
export async function handleCounts(request: Request, response: Response): Promise<void> {
  response.set('Access-Control-Allow-Origin', '*');
  const site = typeof request.query.site === 'string' ? request.query.site : '';
  const asked = [...list(request.query.url).map((url) => ({ sent: url, key: threadKey({ url }) })), ...list(request.query.id).map((id) => ({ sent: id, key: threadKey({ id }) }))];
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(site) || asked.length === 0 || asked.length > MAX_COUNT_THREADS) {
    response.set('Cache-Control', 'no-store');
    response.status(400).json({ error: { code: 'invalid-request' } });
    return;
  }
  const byThread = new Map<string, string[]>();
  const counts: Record<string, number> = {};
  for (const { sent, key } of asked) {
    counts[sent] = 0;
    if (!key) continue;
    const threadId = threadIdFor(site, key);
    byThread.set(threadId, [...(byThread.get(threadId) ?? []), sent]);
  }
  const threadIds = [...byThread.keys()];
  // `in` takes 30 values: up to 7 queries, run side by side.
  const groups = Array.from({ length: Math.ceil(threadIds.length / 30) }, (_, i) => threadIds.slice(i * 30, i * 30 + 30));
  const answers = await Promise.all(groups.map((group) => db.collectionGroup('counters').where('threadId', 'in', group).get()));
  for (const shards of answers) {
    for (const shard of shards.docs) {
      const data = shard.data() as CounterShardDoc;
      if (data.siteId !== site) continue;
      for (const sent of byThread.get(data.threadId) ?? []) counts[sent] = (counts[sent] ?? 0) + (data.approved ?? 0);
    }
  }
  response.set('Cache-Control', 'public, max-age=30, s-maxage=60');
  response.status(200).json({ counts });
}

/** The HTTP function (behind the /api/counts Hosting rewrite). */
export const threadCountsFn = onRequest({ region: REGION }, metered('handleCounts', handleCounts));
