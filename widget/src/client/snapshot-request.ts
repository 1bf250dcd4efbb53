import type { SortOrder, ThreadSnapshot } from '../../../core/src/types.ts';
import { ParleyError } from './parley-error.ts';

/** Which thread (and page of it) to fetch. */
export interface ThreadQuery {
  api: string;
  site: string;
  url: string;
  thread?: string | undefined;
  sort: SortOrder;
  after?: string | undefined;
}

/** The snapshot endpoint's URL for a query (one URL per thread and page, so the CDN can cache it). */
export function snapshotUrl(query: ThreadQuery): string {
  const params = new URLSearchParams({ site: query.site, url: query.url, sort: query.sort });
  if (query.thread) params.set('id', query.thread);
  if (query.after) params.set('after', query.after);
  return `${query.api}/api/thread?${params}`;
}

/** Fetches a thread snapshot over plain HTTP: no Firebase SDK is needed for the first paint. */
export async function fetchSnapshot(query: ThreadQuery): Promise<ThreadSnapshot> {
  let response: Response;
  try {
    response = await fetch(snapshotUrl(query), { credentials: 'omit' });
  } catch {
    throw new ParleyError('network');
  }
  const body = (await response.json().catch(() => null)) as (ThreadSnapshot & { error?: { code?: string } }) | null;
  if (!response.ok || !body || body.error) throw ParleyError.from({ details: body?.error });
  return body;
}
