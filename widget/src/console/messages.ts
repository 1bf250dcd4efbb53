import type { ModerationAction } from '../../../core/src/moderator-requests.ts';
import type { Provider } from '../../../core/src/types.ts';
import type { ClientErrorCode } from '../client/parley-error.ts';
import type { QueueName } from '../client/moderator/client.ts';

/** The console's words: queue names, actions, pipeline phases and error messages (English). */

/** Tab labels. */
export const QUEUE_LABELS: Record<QueueName, string> = {
  pending: 'Pending',
  reported: 'Reported',
  spam: 'Spam',
  rejected: 'Rejected',
  all: 'All',
};

/** Each logged action in words, for the undo bar and the log. */
export const ACTION_DONE: Record<string, string> = {
  approve: 'Approved',
  reject: 'Rejected',
  spam: 'Marked as spam',
  delete: 'Deleted',
  restore: 'Restored',
  pin: 'Pinned',
  unpin: 'Unpinned',
  hold: 'Held for review',
  ban: 'Banned',
  'shadow-ban': 'Shadow-banned',
  unban: 'Lifted a ban',
  trust: 'Trusted',
  untrust: 'Stopped trusting',
  'close-thread': 'Closed a thread',
  'reopen-thread': 'Reopened a thread',
  'premoderate-thread': 'Pre-moderated a thread',
  'postmoderate-thread': 'Ended pre-moderation of a thread',
  'update-site': 'Changed settings',
  'grant-moderator': 'Granted the moderator role',
  'revoke-moderator': 'Revoked the moderator role',
  'rotate-sso-secret': 'Created a new SSO secret',
};

/** Button labels of the comment decisions. */
export const ACTION_LABELS: Record<ModerationAction, string> = {
  approve: 'Approve',
  reject: 'Reject',
  spam: 'Spam',
  delete: 'Delete',
  restore: 'Restore',
  pin: 'Pin',
  unpin: 'Unpin',
};

/** Names of the moderation pipeline's phases (functions/src/moderation/phases; unknown ones show as they are). */
const PHASES: Record<string, string> = {
  'author-banned': 'Shadow-banned author',
  'rate-limit': 'Rate limit',
  duplicate: 'Duplicate',
  honeypot: 'Bot trap',
  'link-limit': 'Too many links',
  'suspect-words': 'Suspect words',
  'first-time': 'First-time commenter',
  'spam-service': 'Spam service',
  'toxicity-service': 'Toxicity service',
  'moderation-mode': 'Pre-moderation',
  default: 'Passed every check',
};

/** Phases whose decision holds a comment for review (or files it as spam). */
export const HOLDING_PHASES: ReadonlySet<string> = new Set(['author-banned', 'honeypot', 'link-limit', 'suspect-words', 'first-time', 'spam-service', 'toxicity-service', 'moderation-mode']);

/** A pipeline phase's name for people. */
export function phaseLabel(phase: string): string {
  return PHASES[phase] ?? phase;
}

/** How each identity provider is called. */
export const PROVIDER_LABELS: Record<Provider, string> = {
  guest: 'Guest',
  email: 'Email',
  'google.com': 'Google',
  'github.com': 'GitHub',
  'microsoft.com': 'Microsoft',
  'apple.com': 'Apple',
  'facebook.com': 'Facebook',
  'twitter.com': 'X (Twitter)',
  sso: 'Site login (SSO)',
};

const ERRORS: Partial<Record<ClientErrorCode, string>> = {
  network: 'The server could not be reached. Check the connection and try again.',
  'invalid-request': 'The server refused the request as malformed.',
  'too-many-ids': 'Select at most 100 comments at a time.',
  'sign-in-required': 'Your session has ended. Sign in again.',
  'site-not-found': 'This site no longer exists.',
  'thread-not-found': 'That thread no longer exists.',
  'comment-not-found': 'That comment no longer exists, or belongs to another site.',
  'not-moderator': 'You are not a moderator of this site.',
  'not-owner': 'Only an owner of this site can do this.',
  'user-not-found': 'No account has proved that email address yet: they need to sign in once, by email link or with a provider that confirms the address.',
  'invalid-transition': 'That action does not apply to the comment as it is now (someone may have acted on it already).',
  'email-invalid': 'That is not a valid email address.',
  'reason-invalid': 'The reason is too long.',
};

/** A plain message for an error code. */
export function errorMessage(code: ClientErrorCode): string {
  return ERRORS[code] ?? 'Something went wrong on the server. Nothing was changed; try again.';
}
