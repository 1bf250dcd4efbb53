import type { CallInput } from '../../../core/src/callables.ts';
import { FieldPath, Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import type { CallableRequest } from 'firebase-functions/https';
import type { DeleteAccountResult, ExportResult, UpdateProfileResult } from '../../../core/src/api.ts';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { visibleAfter } from '../../../core/src/types.ts';
import { applyCommentChange, bumpStats } from '../comments/status-change.ts';
import { auth, db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { asWriter } from '../shared/writer.ts';
import { syncReservedName } from '../sites/reserved-names.ts';
import { loadSettings } from '../sites/site-config.ts';
import { assertActive } from './active-user.ts';
import { addressKey } from './email-link.ts';
import { callable } from '../shared/callable.ts';
import { noAuthor } from '../../../core/src/public-comment.ts';

function requireCaller(request: CallableRequest<unknown>) {
  if (!request.auth) refuse('sign-in-required');
  return request.auth;
}

/** Everything Parley stores about the caller, as JSON ("download my data"). */
export async function exportMyData(_input: CallInput<'exportMyData'>, request: CallableRequest<unknown>): Promise<ExportResult> {
  const { uid } = requireCaller(request);
  await assertActive(request.auth!);
  const [profile, sites, comments, reactions, reports] = await Promise.all([
    col.users().doc(uid).get(),
    col.siteUsers().where('uid', '==', uid).get(),
    col.comments().where('author.uid', '==', uid).get(),
    col.reactions().where('uid', '==', uid).get(),
    col.reports().where('uid', '==', uid).get(),
  ]);
  const privates = comments.empty ? [] : await db.getAll(...comments.docs.map((doc) => col.commentPrivate().doc(doc.id)));
  const plain = (value: unknown): unknown =>
    value instanceof Timestamp ? value.toMillis() : Array.isArray(value) ? value.map(plain) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)])) : value;
  return {
    uid,
    exportedAt: Date.now(),
    profile: profile.exists ? (plain(profile.data()) as Record<string, unknown>) : null,
    sites: sites.docs.map((doc) => plain(doc.data()) as Record<string, unknown>),
    comments: comments.docs.map((doc, i) => {
      const data = doc.data();
      return {
        id: doc.id,
        siteId: data.siteId,
        threadId: data.threadId,
        status: data.status,
        body: data.body,
        createdAt: data.createdAt.toMillis(),
        editedAt: data.editedAt?.toMillis() ?? null,
        private: privates[i]?.exists ? (plain(privates[i]!.data()) as Record<string, unknown>) : null,
      };
    }),
    reactions: reactions.docs.map((doc) => ({ commentId: doc.data().commentId, reaction: doc.data().reaction })),
    reports: reports.docs.map((doc) => ({ commentId: doc.data().commentId, reason: doc.data().reason, details: doc.data().details })),
  };
}

/** How the moderators' log names a deleted account that took a decision. */
const FORMER_MEMBER_NAME = 'Former member';

/** The author card of a deleted account's remaining comments: no uid, no name (the widget says "former member"). */
const FORMER_MEMBER = noAuthor();

/**
 * "Delete my account": removes the profile and every private record, deletes or anonymises the
 * comments as each site chooses, rewrites the public change feed so no old entry names the user,
 * and deletes the Firebase account. Afterwards nothing a reader can read refers to the uid, the
 * name or the email address.
 */
export async function deleteMyAccount(_input: CallInput<'deleteMyAccount'>, request: CallableRequest<unknown>): Promise<DeleteAccountResult> {
  const { uid } = requireCaller(request);
  const account = await assertActive(request.auth!);
  const result: DeleteAccountResult = { deleted: 0, anonymised: 0 };

  // Old feed entries carry the public author card; they go first.
  const feed = await db.collectionGroup('changes').where('comment.author.uid', '==', uid).get();
  for (let i = 0; i < feed.docs.length; i += 400) {
    const batch = db.batch();
    for (const entry of feed.docs.slice(i, i + 400)) batch.delete(entry.ref);
    await batch.commit();
  }

  const comments = await col.comments().where('author.uid', '==', uid).get();
  const policies = new Map<string, 'delete' | 'anonymise'>();
  for (const snap of comments.docs) {
    const siteId = snap.data().siteId;
    if (!policies.has(siteId)) policies.set(siteId, (await loadSettings(siteId)).accountDeletion);
    const remove = policies.get(siteId) === 'delete';
    // Never public (held, rejected, spam) and nobody replied to it: nothing to keep a place for.
    // Replies keep their parent, emptied like a published one: they name it, and every decision
    // on them updates its reply count.
    if (remove && !snap.data().visible && (await col.comments().where('parentId', '==', snap.id).limit(1).get()).empty) {
      const batch = db.batch();
      batch.delete(snap.ref);
      batch.delete(col.commentPrivate().doc(snap.id));
      await batch.commit();
      result.deleted++;
      continue;
    }
    const after = await db.runTransaction(async (tx) => {
      const before = (await tx.get(snap.ref)).data()!;
      const now = Timestamp.now();
      const status = remove ? 'deleted' : before.status;
      const next: CommentDoc<Timestamp> = {
        ...before,
        author: FORMER_MEMBER,
        status,
        visible: visibleAfter(status, before.visible),
        pinned: remove ? false : before.pinned,
        body: remove ? '' : before.body,
        tree: remove ? [] : before.tree,
        updatedAt: now,
      };
      tx.set(snap.ref, next);
      tx.set(col.commentPrivate().doc(snap.id), { authorUid: '', email: null, ip: null, network: null, userAgent: null, revisions: [] }, { merge: true });
      applyCommentChange(asWriter(tx), snap.id, { ...before, author: FORMER_MEMBER }, next, null, { authorCounts: false });
      return { before, next };
    });
    await bumpStats(after.before.status, after.next);
    if (remove) result.deleted++;
    else result.anonymised++;
  }

  // The account's own address, when verified (never one a guest typed, nor a password account's
  // unproven one: either may be someone else's), finds the sign-in mail sent to it and its
  // rate-limit record. Otherwise anyone could clear another address's limit by opening and
  // deleting an account under it.
  const email = account.emailVerified ? (account.email?.toLowerCase() ?? null) : null;
  // The log keeps what was decided, and whom it was about (targetUid), but no longer names the
  // account as the one who decided (an author withdrawing their own comment, a member of staff).
  // Nor the bans a member of staff imposed and the roles they granted: those stay, without them.
  const [decided, banned, granted] = await Promise.all([
    col.actions().where('by', '==', uid).get(),
    col.siteUsers().where('ban.by', '==', uid).get(),
    col.roles().where('grantedBy', '==', uid).get(),
  ]);
  const unnamed: Array<{ ref: DocumentReference; change: Record<string, string | null> }> = [
    ...decided.docs.map((doc) => ({ ref: doc.ref as DocumentReference, change: { by: '', byName: FORMER_MEMBER_NAME } })),
    ...banned.docs.map((doc) => ({ ref: doc.ref as DocumentReference, change: { 'ban.by': '' } })),
    ...granted.docs.map((doc) => ({ ref: doc.ref as DocumentReference, change: { grantedBy: null } })),
  ];
  for (let i = 0; i < unnamed.length; i += 400) {
    const batch = db.batch();
    for (const { ref, change } of unnamed.slice(i, i + 400)) batch.update(ref, change);
    await batch.commit();
  }
  const owned = await Promise.all([
    col.siteUsers().where('uid', '==', uid).get(),
    col.reactions().where('uid', '==', uid).get(),
    col.reports().where('uid', '==', uid).get(),
    col.roles().where('uid', '==', uid).get(),
    col.requests().where(FieldPath.documentId(), '>=', `${uid}_`).where(FieldPath.documentId(), '<', `${uid}_\uf8ff`).get(),
  ]);
  const mail = email ? (await col.mail().where('to', '==', email).get()).docs.map((doc) => doc.ref) : [];
  // A member of staff's name is free again on their sites.
  await syncReservedName(uid, null, [...new Set(owned[3].docs.map((doc) => String(doc.data().siteId)))], { refuseTaken: false });
  const refs = [
    col.users().doc(uid),
    ...(email ? [col.linkRequests().doc(addressKey(email)), ...mail] : []),
    ...owned.flatMap((query) => query.docs.map((doc) => doc.ref)),
  ];
  for (let i = 0; i < refs.length; i += 400) {
    const batch = db.batch();
    for (const ref of refs.slice(i, i + 400)) batch.delete(ref);
    await batch.commit();
  }
  try {
    await auth.deleteUser(uid);
  } catch (error) {
    // Already gone (a retried request) is done; anything else is reported, and a retry finishes.
    if ((error as { code?: string }).code !== 'auth/user-not-found') {
      logger.error('could not delete the account', { uid, error: String(error) });
      refuse('internal', 'the account could not be deleted; try again');
    }
  }
  return result;
}

/**
 * Changes the caller's display name for their future comments. On the sites where the caller is
 * staff, the new name is reserved for them and the old one freed; a name another staff member
 * holds there is refused (`name-reserved`) before anything changes.
 */
export async function updateProfile(input: CallInput<'updateProfile'>, request: CallableRequest<unknown>): Promise<UpdateProfileResult> {
  const { uid } = requireCaller(request);
  await assertActive(request.auth!);
  const { name } = input;
  // Roles from the account itself, not the token: a role granted or revoked since sign-in counts.
  const roles = ((await auth.getUser(uid)).customClaims?.roles ?? {}) as Record<string, unknown>;
  const staffSites = Object.keys(roles).filter((siteId) => roles[siteId] === 'owner' || roles[siteId] === 'moderator');
  await syncReservedName(uid, name, staffSites, { refuseTaken: true });
  await auth.updateUser(uid, { displayName: name });
  await col.users().doc(uid).set({ name }, { merge: true });
  return { name };
}

/** The callables. */
export const exportMyDataFn = callable('exportMyData', exportMyData);
export const deleteMyAccountFn = callable('deleteMyAccount', deleteMyAccount);
export const updateProfileFn = callable('updateProfile', updateProfile);
