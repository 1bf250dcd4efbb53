import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { onCall, type CallableRequest } from 'firebase-functions/https';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { markdownToTree } from '../../../core/src/markdown.ts';
import type { CreateCommentResult } from '../../../core/src/api.ts';
import { CreateCommentSchema } from '../../../core/src/reader-requests.ts';
import { check } from '../../../core/src/validation.ts';
import { authorOf } from '../identity/author.ts';
import { judge } from '../moderation/pipeline.ts';
import { db, REGION } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { loadSite } from '../sites/site-config.ts';
import { recordChange } from '../threads/changes.ts';
import { addApproved } from '../threads/counters.ts';
import { ensureThread } from '../threads/ensure-thread.ts';
import { isPublicStatus, toComment } from './public-comment.ts';

const REQUEST_TTL_MS = 24 * 3600 * 1000;

/** Creates a comment or reply. Idempotent per (caller, requestId). */
export async function createComment(request: CallableRequest<unknown>): Promise<CreateCommentResult> {
  const checked = check(CreateCommentSchema, request.data);
  if (!checked.ok) refuse(checked.code);
  const input = checked.value;
  if (!request.auth) refuse('sign-in-required');
  const uid = request.auth.uid;

  // A retry of a request that already succeeded answers with the first result, before any check
  // that could now decide differently (rate limits, an edit window, a closed thread).
  const requestRef = col.requests().doc(`${uid}_${input.requestId}`);
  const earlier = await replay(requestRef.id);
  if (earlier) return earlier;

  const site = await loadSite(input.siteId);
  const author = authorOf(request.auth, input.siteId, input.guest);
  const { threadId, thread } = await ensureThread(input.siteId, input.thread);

  let parent: { id: string; doc: CommentDoc<Timestamp> } | null = null;
  if (input.parentId) {
    const snap = await col.comments().doc(input.parentId).get();
    const doc = snap.data();
    if (!doc || doc.threadId !== threadId || (doc.status !== 'approved' && doc.author.uid !== uid)) refuse('parent-not-found');
    parent = { id: snap.id, doc };
  }

  const tree = markdownToTree(input.body);
  const decision = await judge({
    siteId: input.siteId,
    site,
    threadId,
    thread,
    author,
    body: input.body,
    tree,
    isEdit: false,
    honeypot: input.hp,
    ip: request.rawRequest?.ip ?? null,
    userAgent: request.rawRequest?.get?.('user-agent')?.slice(0, 300) ?? null,
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

  const stored = await db.runTransaction(async (tx) => {
    const seen = await tx.get(requestRef);
    if (seen.exists) return { id: seen.data()!.commentId, created: false };
    tx.create(commentRef, doc);
    tx.create(col.commentPrivate().doc(commentRef.id), {
      siteId: input.siteId,
      threadId,
      authorUid: uid,
      email: author.email,
      ip: request.rawRequest?.ip ?? null,
      userAgent: request.rawRequest?.get?.('user-agent')?.slice(0, 300) ?? null,
      decision: { phase: decision.phase, reason: decision.reason },
      scores: decision.scores ?? {},
      revisions: [],
      reports: { count: 0, reasons: {} },
      createdAt: now,
    });
    tx.create(requestRef, { commentId: commentRef.id, createdAt: now, expireAt: Timestamp.fromMillis(now.toMillis() + REQUEST_TTL_MS) });
    tx.set(
      col.users().doc(uid),
      { name: author.card.name, email: author.email, website: author.website, provider: author.card.provider, createdAt: now },
      { merge: true },
    );
    if (doc.status === 'approved') {
      addApproved(tx, input.siteId, threadId, 1);
      if (parent) tx.update(col.comments().doc(parent.id), { replyCount: FieldValue.increment(1) });
    }
    recordChange(tx, threadId, commentRef.id, null, doc);
    return { id: commentRef.id, created: true };
  });

  if (!stored.created) return (await replay(requestRef.id))!;
  return { comment: toComment(commentRef.id, doc), threadId };
}

async function replay(requestId: string): Promise<CreateCommentResult | null> {
  const seen = await col.requests().doc(requestId).get();
  const commentId = seen.data()?.commentId;
  if (!commentId) return null;
  const comment = await col.comments().doc(commentId).get();
  const data = comment.data();
  return data ? { comment: toComment(comment.id, data), threadId: data.threadId } : null;
}

/** The callable. */
export const createCommentFn = onCall({ region: REGION, cors: true }, createComment);
