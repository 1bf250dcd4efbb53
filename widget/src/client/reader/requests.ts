import type { CallRequest } from '../../../../core/src/callables.ts';
import type { NewComment, NewReport } from './reader-client.ts';

/**
 * The payloads the reader client sends for its two composite requests, built in one place: the
 * Firebase client sends them, and the in-memory client checks the very same payloads against the
 * server's schemas, so a field the server refuses fails in component tests too.
 */

/** The `createComment` request for a new comment (an explicit thread id travels with its URL). */
export function createCommentRequest({ site, thread, parentId, body, guest, requestId, hp }: NewComment): CallRequest<'createComment'> {
  return {
    siteId: site,
    thread: thread.id ? thread : { url: thread.url, title: thread.title },
    parentId,
    body,
    ...(guest ? { guest } : {}),
    requestId,
    hp,
  };
}

/** The `reportComment` request for a report. */
export function reportRequest({ site, commentId, reason, details }: NewReport): CallRequest<'reportComment'> {
  return { siteId: site, commentId, reason, details };
}
