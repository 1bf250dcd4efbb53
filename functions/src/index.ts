/**
 * Parley's Cloud Functions. Every write a reader or moderator makes goes through one of these;
 * firestore.rules lets clients write nothing directly.
 */
export { createCommentFn as createComment } from './comments/create-comment.ts';
export { moderateCommentsFn as moderateComments } from './moderation/moderate-comments.ts';
export { threadSnapshotFn as threadSnapshot } from './threads/thread-snapshot.ts';
