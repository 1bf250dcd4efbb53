import { ParleyError } from '../parley-error.ts';

/** Which threads to count: article URLs and explicit thread ids, on one site. */
export interface CountsQuery {
  api: string;
  site: string;
  urls: string[];
  ids: string[];
}

/** The count endpoint's URL: every thread of the page in one request. */
export function countsUrl(query: CountsQuery): string {
  const params = new URLSearchParams({ site: query.site });
  for (const url of query.urls) params.append('url', url);
  for (const id of query.ids) params.append('id', id);
  return `${query.api}/api/counts?${params}`;
}

/**
 * Fetches approved-comment counts for many threads at once (an article list). Answers them keyed
 * by each URL or id exactly as sent.
 */
export async function fetchCounts(query: CountsQuery): Promise<Record<string, number>> {
  let response: Response;
  try {
    response = await fetch(countsUrl(query), { credentials: 'omit' });
  } catch {
    throw new ParleyError('network');
  }
  const body = (await response.json().catch(() => null)) as { counts?: Record<string, number>; error?: { code?: string } } | null;
  if (!response.ok || !body?.counts) throw ParleyError.from({ details: body?.error });
  return body.counts;
}
