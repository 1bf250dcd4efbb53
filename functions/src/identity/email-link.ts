import type { CallInput } from '../../../core/src/callables.ts';
import { createHash } from 'node:crypto';
import type { CallableRequest } from 'firebase-functions/https';
import type { SendSignInLinkResult } from '../../../core/src/api.ts';
import { clientOf, networkKey } from '../comments/comment-context.ts';
import { auth, db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { loadSite, onOrigins } from '../sites/site-config.ts';
import { callable } from '../shared/callable.ts';

/** Sign-in links per address and per IP address within an hour. */
export const LINKS_PER_ADDRESS = 3;
export const LINKS_PER_IP = 10;
const HOUR = 3_600_000;

/**
 * The mailbox an address delivers to, as far as it can be told: lower-cased, without a `+tag`
 * (sub-addressing, which most providers offer), and for Gmail without dots in the local part
 * ("j.o.hn@gmail.com" and "john+x@googlemail.com" are john@gmail.com). Counting per spelling would
 * let one mailbox be sent three links an hour for each of its many spellings.
 */
export function mailboxOf(email: string): string {
  const at = email.lastIndexOf('@');
  let local = email.slice(0, at).toLowerCase();
  let domain = email.slice(at + 1).toLowerCase();
  local = local.replace(/\+.*$/, '') || local;
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replace(/\./g, '');
  return `${local}@${domain}`;
}

/** The rate-limit document of an address's mailbox: named by a hash, never the address itself. */
export function addressKey(email: string): string {
  return `email_${createHash('sha256').update(mailboxOf(email)).digest('base64url')}`;
}

/**
 * Counts one more request against every window (the address's and the IP address's) in one
 * transaction: when any of them is full, it refuses `rate-limited` and counts nothing.
 */
async function countRequest(windows: ReadonlyArray<{ key: string; limit: number }>, now: number): Promise<void> {
  const refs = windows.map(({ key }) => col.linkRequests().doc(key));
  await db.runTransaction(async (tx) => {
    const snaps = await tx.getAll(...refs);
    const recents = snaps.map((snap) => (snap.data()?.recent ?? []).filter((at) => now - at < HOUR));
    if (recents.some((recent, index) => recent.length >= windows[index]!.limit)) refuse('rate-limited');
    recents.forEach((recent, index) => tx.set(refs[index]!, { recent: [...recent, now] }));
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Sends a passwordless sign-in link, as a document in the `mail` collection that the "Trigger
 * Email from Firestore" extension delivers. Rate limited per address and per IP address; the
 * link returns to the article page (an allowed origin of the site), which completes the sign-in.
 */
export async function sendSignInLink(input: CallInput<'sendSignInLink'>, request: CallableRequest<unknown>): Promise<SendSignInLinkResult> {
  const { siteId, email, continueUrl } = input;
  const site = await loadSite(siteId);
  if (!site.providers.includes('email')) refuse('provider-disabled');
  if (!onOrigins(continueUrl, site.origins)) refuse('invalid-request', 'the page is not on this site');
  const now = Date.now();
  const { ip } = clientOf(request);
  await countRequest([{ key: addressKey(email), limit: LINKS_PER_ADDRESS }, ...(ip ? [{ key: networkKey(ip), limit: LINKS_PER_IP }] : [])], now);

  const link = await auth.generateSignInWithEmailLink(email, { url: continueUrl, handleCodeInApp: true });
  const siteName = site.name || new URL(continueUrl).hostname;
  await col.mail().add({
    to: email,
    message: {
      subject: `Your sign-in link for ${siteName}`,
      text: `Open this link to sign in to the comments on ${siteName}:\n\n${link}\n\nIf you did not ask for it, ignore this email.`,
      html: `<p>Open this link to sign in to the comments on ${escapeHtml(siteName)}:</p><p><a href="${escapeHtml(link)}">Sign in</a></p><p>If you did not ask for it, ignore this email.</p>`,
    },
  });
  return { sent: true };
}

/** The callable. */
export const sendSignInLinkFn = callable('sendSignInLink', sendSignInLink);
