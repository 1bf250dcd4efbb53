import type { ReadonlySignal } from '@preact/signals';
import type { CommentPrivate, ModeratorClient, QueueItem, Report, SiteUser, ThreadSummary } from '../../client/moderator/client.ts';
import { createKeyedLive, createKeyedOnce } from './keyed-live.ts';

/** What the queue shows around each comment, loaded when a card first asks for it. */
export interface ItemDetails {
  privateOf(commentId: string): ReadonlySignal<CommentPrivate | null | undefined>;
  reportsOf(commentId: string): ReadonlySignal<Report[] | undefined>;
  userOf(uid: string): ReadonlySignal<SiteUser | null | undefined>;
  threadOf(threadId: string): ReadonlySignal<ThreadSummary | null | undefined>;
  parentOf(commentId: string): ReadonlySignal<QueueItem | null | undefined>;
  /** Stops listening for comments and authors no longer in the queue. */
  keep(items: readonly QueueItem[]): void;
  dispose(): void;
}

/** Creates the details store of one site's queue; `onUser` hears every author update. */
export function createItemDetails(client: ModeratorClient, siteId: string, onUser: (uid: string, user: SiteUser | null) => void): ItemDetails {
  const privates = createKeyedLive<CommentPrivate | null>((id, set) => client.watchPrivate(siteId, id, set));
  const reports = createKeyedLive<Report[]>((id, set) => client.watchReports(siteId, id, set));
  const users = createKeyedLive<SiteUser | null>((uid, set) =>
    client.watchSiteUser(siteId, uid, (user) => {
      set(user);
      onUser(uid, user);
    }),
  );
  // Threads and parents rarely change while a comment waits; one read each is enough.
  const threads = createKeyedOnce((id) => client.getThread(id));
  const parents = createKeyedOnce((id) => client.getComment(id));
  return {
    privateOf: (id) => privates.get(id),
    reportsOf: (id) => reports.get(id),
    userOf: (uid) => users.get(uid),
    threadOf: (id) => threads.get(id),
    parentOf: (id) => parents.get(id),
    keep(items) {
      const ids = new Set(items.map((item) => item.id));
      privates.keep(ids);
      reports.keep(ids);
      users.keep(new Set(items.map((item) => item.author.uid)));
    },
    dispose() {
      for (const store of [privates, reports, users, threads, parents]) store.dispose();
    },
  };
}
