import { QUEUE_NAMES, type QueueName } from '../../client/moderator-client.ts';

/** The console's pages. */
export type Page = 'queue' | 'threads' | 'activity' | 'log' | 'settings' | 'moderators';

/** Pages in navigation order. */
export const PAGES: readonly Page[] = ['queue', 'threads', 'activity', 'log', 'settings', 'moderators'];

/** Pages only owners see. */
export const OWNER_PAGES: ReadonlySet<Page> = new Set<Page>(['settings', 'moderators']);

/** Where the console is: `#/{site}/{page}[/{queue}[/{thread}]]`, so every view has a link. */
export interface Route {
  site: string | null;
  page: Page;
  queue: QueueName;
  /** The queue shows only this thread's comments. */
  thread: string | null;
}

/** The route of a location hash; unknown parts fall back to the pending queue. */
export function parseRoute(hash: string): Route {
  const [site, page, queue, thread] = hash.replace(/^#\/?/, '').split('/').map(safeDecode);
  return {
    site: site || null,
    page: PAGES.includes(page as Page) ? (page as Page) : 'queue',
    queue: QUEUE_NAMES.includes(queue as QueueName) ? (queue as QueueName) : 'pending',
    thread: thread || null,
  };
}

/** The location hash of a route. */
export function formatRoute(route: Route): string {
  const site = encodeURIComponent(route.site ?? '');
  if (route.page !== 'queue') return `#/${site}/${route.page}`;
  return `#/${site}/queue/${route.queue}${route.thread ? `/${encodeURIComponent(route.thread)}` : ''}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
