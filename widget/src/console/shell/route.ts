import { QUEUE_NAMES, type QueueName } from '../../client/moderator/client.ts';

/** The console's pages. */
export type Page = 'queue' | 'threads' | 'activity' | 'log' | 'settings' | 'moderators';

/** Pages in navigation order. */
export const PAGES: readonly Page[] = ['queue', 'threads', 'activity', 'log', 'settings', 'moderators'];

/** Pages only owners see. */
export const OWNER_PAGES: ReadonlySet<Page> = new Set<Page>(['settings', 'moderators']);

/** Where the console is: `#/{site}/{page}[/{queue}[/{thread}]][?author={uid}]`, so every view has a link. */
export interface Route {
  site: string | null;
  page: Page;
  queue: QueueName;
  /** The queue shows only this thread's comments. */
  thread: string | null;
  /** The queue shows only this author's comments (a uid). */
  author: string | null;
}

/** The route of a location hash; unknown parts fall back to the pending queue. */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [site, page, queue, thread] = path.split('/').map(safeDecode);
  const known = PAGES.includes(page as Page) ? (page as Page) : 'queue';
  return {
    site: site || null,
    page: known,
    queue: QUEUE_NAMES.includes(queue as QueueName) ? (queue as QueueName) : 'pending',
    thread: thread || null,
    author: (known === 'queue' && new URLSearchParams(search).get('author')) || null,
  };
}

/** The location hash of a route. */
export function formatRoute(route: Route): string {
  const site = encodeURIComponent(route.site ?? '');
  if (route.page !== 'queue') return `#/${site}/${route.page}`;
  const thread = route.thread ? `/${encodeURIComponent(route.thread)}` : '';
  const author = route.author ? `?${new URLSearchParams({ author: route.author }).toString()}` : '';
  return `#/${site}/queue/${route.queue}${thread}${author}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
