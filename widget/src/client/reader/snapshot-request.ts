import type { SortOrder, ThreadSnapshot } from '../../../../core/src/types.ts';
import { ParleyError } from '../parley-error.ts';

/** Which thread (and page of it) to fetch. */
export interface ThreadQuery {
  api: string;
  site: string;
  url: string;
  thread?: string | undefined;
  sort: SortOrder;
  after?: string | undefined;
  /** A comment to include with its root and all its replies, wherever it sits (deep links, long chains). */
  focus?: string | undefined;
}

/** The snapshot endpoint's URL for a query (one URL per thread and page, so the CDN can cache it). */
export function snapshotUrl(query: ThreadQuery): string {
  const params = new URLSearchParams({ site: query.site, url: query.url, sort: query.sort });
  if (query.thread) params.set('id', query.thread);
  if (query.after) params.set('after', query.after);
  if (query.focus) params.set('focus', query.focus);
  return `${query.api}/api/thread?${params}`;
}

/**
 * Requests a snapshot over plain HTTP. Kept free of everything else, so the loader can start the
 * request before the app arrives; `readSnapshot` interprets the answer.
 */
export function requestSnapshot(query: ThreadQuery): Promise<Response> {
  return fetch(snapshotUrl(query), { credentials: 'omit' });
}

/** Reads a snapshot answer; rejects with a ParleyError (`network` when nothing came back). */
export async function readSnapshot(request: Promise<Response>): Promise<ThreadSnapshot> {
  let response: Response;
  try {
    response = await request;
  } catch {
    throw new ParleyError('network');
  }
  const body = (await response.json().catch(() => null)) as (ThreadSnapshot & { error?: { code?: string } }) | null;
  if (!response.ok || !body || body.error) throw ParleyError.from({ details: body?.error });
  return body;
}

/** Fetches a thread snapshot: no Firebase SDK is needed for the first paint. */
export function fetchSnapshot(query: ThreadQuery): Promise<ThreadSnapshot> {
  return readSnapshot(requestSnapshot(query));
}
