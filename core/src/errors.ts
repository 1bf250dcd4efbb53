/**
 * Every refusal Parley's functions can answer, as stable codes. Functions throw `HttpsError`
 * carrying one of these in `details.code`; the widget and console map them to translated
 * messages. Never branch on message text. Codes are part of the public API: add, never rename.
 */
export const ERROR_CODES = {
  /** The request is not an object of the expected shape (wrong type, unknown or missing field). */
  'invalid-request': 'invalid-argument',
  /** A text field holds invalid UTF-16 (a lone surrogate) or disallowed control characters. */
  'invalid-text': 'invalid-argument',
  /** The comment body is empty after trimming. */
  'body-empty': 'invalid-argument',
  /** The comment body is longer than the site allows. */
  'body-too-long': 'invalid-argument',
  /** A guest comment has no display name. */
  'name-missing': 'invalid-argument',
  /** The display name is longer than 50 characters. */
  'name-too-long': 'invalid-argument',
  /** The display name is reserved for an owner or moderator of the site (or is an email address). */
  'name-reserved': 'permission-denied',
  /** A guest comment has no email address. */
  'email-missing': 'invalid-argument',
  /** The email address is not a valid address. */
  'email-invalid': 'invalid-argument',
  /** The website is not an http or https URL. */
  'website-invalid': 'invalid-argument',
  /** The thread URL or key is missing, not a valid http(s) URL, or outside the site's allowed origins. */
  'thread-invalid': 'invalid-argument',
  /** A report reason is unknown, or "illegal" came without an explanation. */
  'reason-invalid': 'invalid-argument',
  /** A bulk request names no comments or more than 100. */
  'too-many-ids': 'invalid-argument',
  /** The sign-in link or SSO payload is malformed, forged, expired or already used, or an SSO sign-in is used on another site than the one it belongs to. */
  'sso-invalid': 'unauthenticated',
  /** The account is disabled. */
  'account-disabled': 'permission-denied',
  /** The session was revoked (signed out everywhere); sign in again. */
  'session-revoked': 'unauthenticated',
  /** The site does not offer this way of signing in (guest, email link, a provider, SSO). */
  'provider-disabled': 'permission-denied',
  /** The caller is not signed in (not even as a guest). */
  'sign-in-required': 'unauthenticated',
  /** The site does not exist. */
  'site-not-found': 'not-found',
  /** The thread does not exist. */
  'thread-not-found': 'not-found',
  /** The comment does not exist or the caller may not see it. */
  'comment-not-found': 'not-found',
  /** The comment being replied to does not exist or is not visible. */
  'parent-not-found': 'not-found',
  /** The thread is closed to new comments. */
  'thread-closed': 'failed-precondition',
  /** The author is banned from this site. */
  'user-banned': 'permission-denied',
  /** Too many comments in a short time; try again later. */
  'rate-limited': 'resource-exhausted',
  /** The author posted the same text moments ago. */
  'duplicate-comment': 'already-exists',
  /** The comment contains words this site does not allow. */
  'comment-rejected': 'failed-precondition',
  /** Only the author may edit or delete this comment. */
  'not-author': 'permission-denied',
  /** The edit window for this comment has passed. */
  'edit-window-passed': 'failed-precondition',
  /** The comment was already deleted. */
  'comment-deleted': 'failed-precondition',
  /** The caller already reported this comment. */
  'already-reported': 'already-exists',
  /** The caller is not a moderator (or owner) of this site. */
  'not-moderator': 'permission-denied',
  /** The caller is not an owner of this site. */
  'not-owner': 'permission-denied',
  /** No account has proved that email address (granting a role). */
  'user-not-found': 'not-found',
  /** The action does not apply to the comment in its current state. */
  'invalid-transition': 'failed-precondition',
  /** Something failed on the server; the request changed nothing and may be retried. */
  internal: 'internal',
} as const;

/** A stable Parley error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** The gRPC-style status a Firebase `HttpsError` needs for each code. */
export type HttpsStatus = (typeof ERROR_CODES)[ErrorCode];

/** The request field an error is about, so the UI can show the message next to it. */
export type ErrorField = 'body' | 'name' | 'email' | 'website' | 'reason' | 'thread' | null;

/** What travels in `HttpsError.details` for every refusal. */
export interface ErrorDetails {
  code: ErrorCode;
  field: ErrorField;
}

const FIELD_BY_PREFIX: Array<[string, ErrorField]> = [
  ['body-', 'body'],
  ['name-', 'name'],
  ['email-', 'email'],
  ['website-', 'website'],
  ['reason-', 'reason'],
  ['thread-invalid', 'thread'],
];

/** The form field a code is about (for placing the message), or null for the form as a whole. */
export function fieldOf(code: ErrorCode): ErrorField {
  for (const [prefix, field] of FIELD_BY_PREFIX) if (code.startsWith(prefix)) return field;
  return null;
}

/** Type guard for a string that is one of Parley's error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** Reads Parley error details from anything a callable rejected with; unknown shapes become `internal`. */
export function errorDetailsOf(error: unknown): ErrorDetails {
  const details = (error as { details?: unknown } | null)?.details as Partial<ErrorDetails> | undefined;
  if (details && isErrorCode(details.code)) return { code: details.code, field: fieldOf(details.code) };
  return { code: 'internal', field: null };
}
