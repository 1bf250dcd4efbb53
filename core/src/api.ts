import type { Comment, Reaction } from './types.ts';

/**
 * Answers of the callable functions: the contract between the functions and the client modules.
 * Requests are described by the schemas in reader-requests.ts and moderator-requests.ts.
 */

/**
 * `createComment`: the stored comment as its author sees it. Its status says whether it awaits
 * review (`pending`); comments the system quietly filed as spam are answered as `approved`.
 */
export interface CreateCommentResult {
  comment: Comment;
  threadId: string;
}

/** `editComment`: the comment after the edit (an edit may send it back to review). */
export interface EditCommentResult {
  comment: Comment;
}

/** `deleteComment`: the placeholder that now stands in the comment's place. */
export interface DeleteCommentResult {
  comment: Comment;
}

/** `reactToComment`: the comment's counts after the change and the caller's reaction. */
export interface ReactResult {
  reactions: Partial<Record<Reaction, number>>;
  mine: Reaction | null;
}

/** `reportComment`: the report was recorded (whether it held the comment is not told). */
export interface ReportResult {
  reported: true;
}

/** `moderateComments`: which comments changed, and which were already in the requested state. */
export interface ModerateResult {
  changed: string[];
  unchanged: string[];
}

/** A user's ban on a site. */
export interface BanInfo {
  /** End of the ban in ms, or null when permanent. */
  until: number | null;
  shadow: boolean;
  reason: string;
  by: string;
  at: number;
}

/** `banUser`, `unbanUser`, `trustUser`: the user's standing on the site afterwards. */
export interface UserStandingResult {
  uid: string;
  ban: BanInfo | null;
  trusted: boolean;
}

/** `setThreadState`: the thread's flags afterwards. */
export interface ThreadStateResult {
  threadId: string;
  closed: boolean;
  premoderate: boolean;
}

/** `updateSite`: ok. */
export interface UpdateSiteResult {
  siteId: string;
}

/** `setModerator`: the account's role on the site afterwards. */
export interface SetModeratorResult {
  uid: string;
  email: string;
  role: 'owner' | 'moderator' | null;
}

/** `rotateSsoSecret`: the new secret, shown once. */
export interface RotateSsoSecretResult {
  secret: string;
}

/** `sendSignInLink`: the link was sent (or, for privacy, would have been). */
export interface SendSignInLinkResult {
  sent: true;
}

/** `ssoSignIn`: a Firebase custom token for the publisher's user, namespaced per site. */
export interface SsoSignInResult {
  customToken: string;
  uid: string;
}

/** `exportMyData`: everything Parley stores about the caller. */
export interface ExportResult {
  uid: string;
  exportedAt: number;
  profile: Record<string, unknown> | null;
  sites: Array<Record<string, unknown>>;
  comments: Array<{ id: string; siteId: string; threadId: string; status: string; body: string; createdAt: number; editedAt: number | null; private: Record<string, unknown> | null }>;
  reactions: Array<{ commentId: string; reaction: string }>;
  reports: Array<{ commentId: string; reason: string; details: string }>;
}

/** `updateProfile`: the display name now in use. */
export interface UpdateProfileResult {
  name: string;
}

/** `deleteMyAccount`: how many comments were deleted or anonymised. */
export interface DeleteAccountResult {
  deleted: number;
  anonymised: number;
}

/**
 * `GET /api/counts`: the most threads one request may name. An article list of up to this many
 * gets its counts in one request.
 */
export const MAX_COUNT_THREADS = 200;
