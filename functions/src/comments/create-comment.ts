import type { CallInput } from '../../../core/src/callables.ts';
import { Timestamp, type DocumentReference, type DocumentSnapshot } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { CreateCommentResult } from '../../../core/src/api.ts';
import type { CommentDoc, RequestDoc, SiteSettingsDoc, SiteUserDoc, ThreadDoc, UserDoc } from '../../../core/src/docs.ts';
import { markdownToTree } from '../../../core/src/markdown.ts';
import { exceedsRate, isDuplicate, recordPost } from '../../../core/src/moderation/rate.ts';
import { assertActive } from '../identity/active-user.ts';
import { assertMayTakePart, authorOf, type Author } from '../identity/author.ts';
import { judge, type Decision } from '../moderation/pipeline.ts';
import { db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { metered } from '../shared/metering.ts';
import { refuse } from '../shared/refuse.ts';
import { isLostRace } from '../shared/writer.ts';
import { checkedThread, resolveThread, type ResolvedThread } from '../threads/resolve-thread.ts';
import { authorView, textHash } from './author-view.ts';
import { clientOf, loadSiteContext, type Client } from './comment-context.ts';
import { onOrigins } from '../sites/site-config.ts';
import { isPublicStatus } from '../../../core/src/types.ts';
import { applyCommentChange, bumpStats, statusDeltas, SYSTEM } from './status-change.ts';
import { callable } from '../shared/callable.ts';

const REQUEST_TTL_MS = 24 * 3600 * 1000;
/** The action record of the pipeline's decision on a new comment. */
const SYSTEM_ACTIONS: Record<Decision['status'], string> = { approved: 'approve', pending: 'hold', spam: 'spam', rejected: 'reject' };
/** Attempts when the same author posts concurrently. */
const MAX_ATTEMPTS = 8;

/** Creates a comment or reply. Idempotent per (caller, requestId). */
export async function createComment(input: CallInput<'createComment'>, request: CallableRequest<unknown>): Promise<CreateCommentResult> {
  try {
    return await create(input, request);
  } catch (error) {
    // A retry racing its own first attempt can see that attempt's post as a duplicate or as one
    // too many; if the first attempt was stored, the retry answers with it.
    const code = (error as { details?: { code?: string } }).details?.code;
    if ((code === 'duplicate-comment' || code === 'rate-limited') && request.auth) {
      const earlier = await replay(`${request.auth.uid}_${input.requestId}`);
      if (earlier) return earlier;
    }
    throw error;
  }
}

async function create(input: CallInput<'createComment'>, request: CallableRequest<unknown>): Promise<CreateCommentResult> {
  if (!request.auth) refuse('sign-in-required');
  const uid = request.auth.uid;
  const account = await assertActive(request.auth);

  // A retry of a request that already succeeded answers with the first result, before any check
  // that could now decide differently (rate limits, duplicates, a closed thread).
  const requestRef = col.requests().doc(`${uid}_${input.requestId}`);
  const earlier = await replay(requestRef.id);
  if (earlier) return earlier;

  const context = await loadSiteContext(input.siteId, uid);
  const author = authorOf(request.auth, input.siteId, input.guest, account);
  // Only the identity paths the site offers may post (its staff always may).
  assertMayTakePart(request.auth!, input.siteId, context.site);
  // Nothing is written before every check has passed: a new page's thread is created by the
  // comment's own batch.
  const resolved = await resolveThread(input.siteId, input.thread);
  // A site that names its origins has its threads there: nobody opens one of its threads for a
  // page elsewhere (its title and link are shown to the site's readers and moderators). Threads
  // that exist take comments from wherever their page is read (a syndicated copy, a staging host).
  if (resolved.isNew && !onOrigins(input.thread.url, context.site.origins)) refuse('thread-invalid', 'the page is not on this site');
  const { threadId, thread } = resolved;
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

  const created = await commitCreate({ siteId: input.siteId, uid, requestRef, commentRef, doc, hash, author, client, decision, settings: context.settings, resolved });
  if (!created) return (await replay(requestRef.id))!;
  await bumpStats(null, doc);
  return { comment: authorView(commentRef.id, doc), threadId };
}

/**
 * Stores a new comment and everything that goes with it in one batch. The batch is guarded by
 * preconditions on the author's own documents (their standing, their profile, the request id)
 * instead of a transaction's locks, so posts by different readers never wait on each other while
 * they all increment the thread's counters; when the same author races, the loser reads again,
 * checks the limits again and retries. Answers false when this request id was already stored.
 */
async function commitCreate(args: {
  siteId: string;
  uid: string;
  requestRef: DocumentReference<RequestDoc<Timestamp>>;
  commentRef: DocumentReference<CommentDoc<Timestamp>>;
  doc: CommentDoc<Timestamp>;
  hash: string;
  author: Author;
  client: Client;
  decision: Decision;
  settings: SiteSettingsDoc;
  resolved: ResolvedThread;
}): Promise<boolean> {
  const { siteId, uid, requestRef, commentRef, doc, hash, author, client, decision, settings } = args;
  const userRef = col.siteUser(siteId, uid);
  const profileRef = col.users().doc(uid);
  const threadRef = col.threads().doc(doc.threadId);
  let { thread, isNew } = args.resolved;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // A new page's thread is read again: a concurrent first comment may have created it.
    const [seen, standing, profile, stored] = (await db.getAll(requestRef, userRef, profileRef, ...(isNew ? [threadRef] : []))) as [
      DocumentSnapshot<RequestDoc<Timestamp>>,
      DocumentSnapshot<SiteUserDoc<Timestamp>>,
      DocumentSnapshot<UserDoc<Timestamp>>,
      DocumentSnapshot<ThreadDoc<Timestamp>> | undefined,
    ];
    if (seen.exists) return false;
    const storedThread = stored?.data();
    if (storedThread) {
      thread = checkedThread(storedThread, siteId);
      isNew = false;
    }
    const now = doc.createdAt.toMillis();
    const recent = standing.data()?.recent ?? [];
    const limits = settings.rateLimits;
    if (exceedsRate(recent, now, { perMinute: limits.userPerMinute, perHour: limits.userPerHour })) refuse('rate-limited');
    if (isDuplicate(recent, now, hash)) refuse('duplicate-comment');

    const batch = db.batch();
    batch.create(requestRef, { commentId: commentRef.id, createdAt: doc.createdAt, expireAt: Timestamp.fromMillis(now + REQUEST_TTL_MS) });
    batch.create(commentRef, doc);
    batch.create(col.commentPrivate().doc(commentRef.id), {
      siteId,
      threadId: doc.threadId,
      authorUid: uid,
      email: author.email,
      ...client,
      decision: { phase: decision.phase, reason: decision.reason },
      scores: decision.scores ?? {},
      revisions: [],
      reports: { count: 0, reasons: {} },
      createdAt: doc.createdAt,
    });
    const details = { name: author.card.name, email: author.email, website: author.website, provider: author.card.provider };
    if (profile.exists) batch.update(profileRef, details, { lastUpdateTime: profile.updateTime! });
    else batch.create(profileRef, { ...details, createdAt: doc.createdAt });
    const counts = statusDeltas(null, doc.status);
    const update = { name: author.card.name, provider: author.card.provider, recent: recordPost(recent, { at: now, hash }) };
    if (standing.exists) {
      const countUpdates = Object.fromEntries(Object.entries(counts).map(([status, delta]) => [`counts.${status}`, delta]));
      batch.update(userRef, { ...update, ...countUpdates }, { lastUpdateTime: standing.updateTime! });
    } else {
      const initial = { approved: 0, pending: 0, rejected: 0, spam: 0, [doc.status]: 1 };
      batch.create(userRef, { siteId, uid, ...update, joinedAt: doc.createdAt, trusted: false, ban: null, counts: initial });
    }
    // The system's decision is recorded like a moderator's, approvals included.
    const systemDecision = { action: SYSTEM_ACTIONS[decision.status], by: SYSTEM, reason: `${decision.phase}: ${decision.reason}` };
    applyCommentChange(batch, commentRef.id, null, doc, systemDecision, { authorCounts: false });
    if (isNew) {
      // Created only with its first comment; a concurrent first comment's create makes this
      // batch fail, and the next attempt finds that thread.
      batch.create(threadRef, { ...thread, lastCommentAt: doc.createdAt });
    } else if (!thread.lastCommentAt || now - thread.lastCommentAt.toMillis() > 60_000) {
      // The thread's last activity (for the console's list), at most once a minute: the thread
      // document is read by every post and must not become a hot spot.
      batch.set(threadRef, { lastCommentAt: doc.createdAt }, { merge: true });
    }
    try {
      await batch.commit();
      return true;
    } catch (error) {
      if (!isLostRace(error)) throw error;
    }
  }
  refuse('internal', 'could not store the comment; try again');
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
export const createCommentFn = callable('createComment', metered('createComment', createComment));

