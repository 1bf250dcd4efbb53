import { Timestamp } from 'firebase-admin/firestore';
import { onCall, type CallableRequest } from 'firebase-functions/https';
import type { CreateCommentResult } from '../../../core/src/api.ts';
import type { CommentDoc, SiteUserDoc } from '../../../core/src/docs.ts';
import { markdownToTree } from '../../../core/src/markdown.ts';
import { exceedsRate, isDuplicate, recordPost } from '../../../core/src/moderation/rate.ts';
import { CreateCommentSchema } from '../../../core/src/reader-requests.ts';
import { check } from '../../../core/src/validation.ts';
import { authorOf } from '../identity/author.ts';
import { judge } from '../moderation/pipeline.ts';
import { db, REGION } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { ensureThread } from '../threads/ensure-thread.ts';
import { authorView, textHash } from './author-view.ts';
import { clientOf, loadSiteContext } from './comment-context.ts';
import { isPublicStatus } from './public-comment.ts';
import { applyCommentChange, SYSTEM } from './status-change.ts';

const REQUEST_TTL_MS = 24 * 3600 * 1000;

/** Creates a comment or reply. Idempotent per (caller, requestId). */
export async function createComment(request: CallableRequest<unknown>): Promise<CreateCommentResult> {
  const checked = check(CreateCommentSchema, request.data);
  if (!checked.ok) refuse(checked.code);
  const input = checked.value;
  if (!request.auth) refuse('sign-in-required');
  const uid = request.auth.uid;

  // A retry of a request that already succeeded answers with the first result, before any check
  // that could now decide differently (rate limits, duplicates, a closed thread).
  const requestRef = col.requests().doc(`${uid}_${input.requestId}`);
  const earlier = await replay(requestRef.id);
  if (earlier) return earlier;

  const context = await loadSiteContext(input.siteId, uid);
  const author = authorOf(request.auth, input.siteId, input.guest);
  const { threadId, thread } = await ensureThread(input.siteId, input.thread);
  const parent = input.parentId ? await loadParent(input.parentId, threadId, uid) : null;
  const client = clientOf(request);
  const tree = markdownToTree(input.body);
  const hash = textHash(input.body);
  const decision = await judge({
    ...context,
    siteId: input.siteId,
    threadId,
    thread,
    author,
    body: input.body,
    tree,
    hash,
    isEdit: false,
    honeypot: input.hp,
    ...client,
    url: thread.url,
    now: Date.now(),
  });

  const commentRef = col.comments().doc();
  const now = Timestamp.now();
  const doc: CommentDoc<Timestamp> = {
    siteId: input.siteId,
    threadId,
    parentId: parent?.id ?? null,
    rootId: parent ? parent.doc.rootId : commentRef.id,
    depth: parent ? parent.doc.depth + 1 : 0,
    author: author.card,
    body: input.body,
    tree,
    status: decision.status,
    visible: isPublicStatus(decision.status),
    createdAt: now,
    updatedAt: now,
    editedAt: null,
    reactions: {},
    score: 0,
    replyCount: 0,
    pinned: false,
    revision: 1,
  };

  const created = await db.runTransaction(async (tx) => {
    const userRef = col.siteUser(input.siteId, uid);
    const profileRef = col.users().doc(uid);
    const [seen, standing, existingProfile] = await Promise.all([tx.get(requestRef), tx.get(userRef), tx.get(profileRef)]);
    if (seen.exists) return false;
    // The author's limits, checked again where concurrent posts by the same author serialise.
    const recent = standing.data()?.recent ?? [];
    const limits = context.settings.rateLimits;
    if (exceedsRate(recent, now.toMillis(), { perMinute: limits.userPerMinute, perHour: limits.userPerHour })) refuse('rate-limited');
    if (isDuplicate(recent, now.toMillis(), hash)) refuse('duplicate-comment');

    tx.create(commentRef, doc);
    tx.create(col.commentPrivate().doc(commentRef.id), {
      siteId: input.siteId,
      threadId,
      authorUid: uid,
      email: author.email,
      ...client,
      decision: { phase: decision.phase, reason: decision.reason },
      scores: decision.scores ?? {},
      revisions: [],
      reports: { count: 0, reasons: {} },
      createdAt: now,
    });
    tx.create(requestRef, { commentId: commentRef.id, createdAt: now, expireAt: Timestamp.fromMillis(now.toMillis() + REQUEST_TTL_MS) });
    const profile = { name: author.card.name, email: author.email, website: author.website, provider: author.card.provider };
    if (existingProfile.exists) tx.update(profileRef, profile);
    else tx.create(profileRef, { ...profile, createdAt: now });
    const standingUpdate: Partial<SiteUserDoc<Timestamp>> = {
      siteId: input.siteId,
      uid,
      name: author.card.name,
      provider: author.card.provider,
      recent: recordPost(recent, { at: now.toMillis(), hash }),
    };
    if (!standing.exists) Object.assign(standingUpdate, { joinedAt: now, trusted: false, ban: null });
    tx.set(userRef, standingUpdate, { merge: true });
    const held = decision.status !== 'approved';
    applyCommentChange(tx, commentRef.id, null, doc, held ? { action: decision.status === 'spam' ? 'spam' : 'hold', by: SYSTEM, reason: `${decision.phase}: ${decision.reason}` } : null);
    return true;
  });

  if (!created) return (await replay(requestRef.id))!;
  return { comment: authorView(commentRef.id, doc), threadId };
}

async function loadParent(parentId: string, threadId: string, uid: string) {
  const snap = await col.comments().doc(parentId).get();
  const doc = snap.data();
  // Replies go to comments the caller can see: approved ones, or their own.
  if (!doc || doc.threadId !== threadId || (doc.status !== 'approved' && doc.author.uid !== uid)) refuse('parent-not-found');
  return { id: snap.id, doc };
}

async function replay(requestId: string): Promise<CreateCommentResult | null> {
  const seen = await col.requests().doc(requestId).get();
  const commentId = seen.data()?.commentId;
  if (!commentId) return null;
  const comment = await col.comments().doc(commentId).get();
  const data = comment.data();
  return data ? { comment: authorView(comment.id, data), threadId: data.threadId } : null;
}

/** The callable. */
export const createCommentFn = onCall({ region: REGION, cors: true }, createComment);

