/**
 * Parley's Cloud Functions. Every write a reader or moderator makes goes through one of these;
 * firestore.rules lets clients write nothing directly.
 */
export { createCommentFn as createComment } from './comments/create-comment.ts';
export { editCommentFn as editComment } from './comments/edit-comment.ts';
export { deleteCommentFn as deleteComment } from './comments/delete-comment.ts';
export { reactToCommentFn as reactToComment } from './comments/react-to-comment.ts';
export { reportCommentFn as reportComment } from './comments/report-comment.ts';
export { moderateCommentsFn as moderateComments } from './moderation/moderate-comments.ts';
export { banUserFn as banUser, unbanUserFn as unbanUser, trustUserFn as trustUser } from './moderation/user-standing.ts';
export { setThreadStateFn as setThreadState } from './threads/thread-state.ts';
export { updateSiteFn as updateSite } from './sites/update-site.ts';
export { setModeratorFn as setModerator, rotateSsoSecretFn as rotateSsoSecret } from './sites/roles.ts';
export { threadSnapshotFn as threadSnapshot } from './threads/thread-snapshot.ts';
export { threadCountsFn as threadCounts } from './threads/thread-counts.ts';
export { ssoSignInFn as ssoSignIn } from './identity/sso.ts';
export { sendSignInLinkFn as sendSignInLink } from './identity/email-link.ts';
export { exportMyDataFn as exportMyData, deleteMyAccountFn as deleteMyAccount, updateProfileFn as updateProfile } from './identity/account.ts';

import { demoPublisherFn } from './identity/demo-publisher.ts';
/** The demo publisher's signing endpoint exists only in the emulator; deployments never export it. */
export const demoPublisher = process.env.FUNCTIONS_EMULATOR === 'true' ? demoPublisherFn : undefined;
