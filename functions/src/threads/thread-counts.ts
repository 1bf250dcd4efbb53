import type { Request } from 'firebase-functions/https';
import { onRequest } from 'firebase-functions/https';
import type { Response } from 'express';
import { MAX_COUNT_THREADS } from '../../../core/src/api.ts';
import { threadKey } from '../../../core/src/canonical-url.ts';
import { REGION } from '../shared/app.ts';
import { metered } from '../shared/metering.ts';
import { threadIdFor } from './thread-id.ts';
import { approvedCount } from './counters.ts';


function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * GET /api/counts?site=SITE&url=U1&url=U2&id=I1: approved-comment counts for many threads in one
 * request (article lists). Answers `{ counts: { [url or id as sent]: number } }`; unknown threads
 * count 0. Costs one read per distinct thread asked for (a `sum()` over its counter shards).
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
  // One aggregation per thread, side by side: a billed read each, so a request costs at most
  // MAX_COUNT_THREADS reads whatever the number of shards.
  await Promise.all(
    [...byThread].map(async ([threadId, sents]) => {
      const count = await approvedCount(threadId);
      for (const sent of sents) counts[sent] = count;
    }),
  );
  response.set('Cache-Control', 'public, max-age=30, s-maxage=60');
  response.status(200).json({ counts });
}

/** The HTTP function (behind the /api/counts Hosting rewrite). */
export const threadCountsFn = onRequest({ region: REGION }, metered('handleCounts', handleCounts));
