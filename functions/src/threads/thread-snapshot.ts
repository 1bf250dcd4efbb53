import type { Query, Timestamp, Transaction } from 'firebase-admin/firestore';
import { onRequest } from 'firebase-functions/https';
import type { Request } from 'firebase-functions/https';
import type { Response } from 'express';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { errorDetailsOf } from '../../../core/src/errors.ts';
import type { Comment, PublicSite, SortOrder, ThreadSnapshot } from '../../../core/src/types.ts';
import { publicDoc, toComment } from '../comments/public-comment.ts';
import { db, REGION } from '../shared/app.ts';
import { metered } from '../shared/metering.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { loadSite, publicSite } from '../sites/site-config.ts';
import { approvedCount } from './counters.ts';
import { resolveThreadId } from './resolve-thread.ts';

/** Top-level comments per page. */
export const PAGE_SIZE = 20;
/** Most replies sent with one page; the widget asks for the rest of a long chain on demand. */
const REPLY_LIMIT = 400;
/** How long browsers and the CDN may reuse a snapshot, in seconds. The live feed covers the gap. */
const BROWSER_MAX_AGE = 5;
const CDN_MAX_AGE = 30;

const SORTS: readonly SortOrder[] = ['oldest', 'newest', 'top'];

function param(request: Request, name: string): string {
  const value = request.query[name];
  return typeof value === 'string' ? value : '';
}

function topLevelQuery(threadId: string, sort: SortOrder): Query<CommentDoc<Timestamp>> {
  const base = col.comments().where('threadId', '==', threadId).where('parentId', '==', null).where('visible', '==', true);
  if (sort === 'top') return base.orderBy('score', 'desc').orderBy('createdAt', 'desc');
  return base.orderBy('createdAt', sort === 'oldest' ? 'asc' : 'desc');
}

/**
 * Builds a thread's first paint (or a later page): public site config, thread, one page of
 * top-level comments (pinned first on the first page) with their replies, and the read time the
 * live feed continues from. Only public data: approved comments and deleted placeholders.
 *
 * Every thread read happens in one read-only transaction, so the comments and the count are as of
 * the read time the live feed continues from: a change committed while the snapshot is built is
 * neither in the snapshot nor missed by the feed, and never counted twice.
 */
export async function buildSnapshot(input: {
  siteId: string;
  url: string;
  id?: string;
  sort: SortOrder;
  after?: string | undefined;
  /** A comment a deep link points at: its whole conversation is included even when not on this page. */
  focus?: string | undefined;
}): Promise<ThreadSnapshot> {
  const site = publicSite(input.siteId, await loadSite(input.siteId));
  const { threadId, key } = resolveThreadId(input.siteId, { id: input.id, url: input.url });
  return db.runTransaction((tx) => readThread(tx, input, site, threadId, key), { readOnly: true });
}

async function readThread(tx: Transaction, input: Parameters<typeof buildSnapshot>[0], site: PublicSite, threadId: string, key: string): Promise<ThreadSnapshot> {
  const threadSnap = await tx.get(col.threads().doc(threadId));
  const thread = threadSnap.data();
  const at = (threadSnap.readTime as Timestamp).toMillis();
  const base = { site, at };
  if (!thread || thread.siteId !== input.siteId) {
    return {
      ...base,
      thread: { id: threadId, siteId: input.siteId, key, url: input.url, title: '', count: 0, closed: false, isNew: true },
      comments: [],
      next: null,
    };
  }

  const page = topLevelQuery(threadId, input.sort).where('pinned', '==', false);
  let query = page.limit(PAGE_SIZE + 1);
  if (input.after) {
    const cursor = await tx.get(col.comments().doc(input.after));
    if (!cursor.exists || cursor.data()?.threadId !== threadId) refuse('comment-not-found');
    query = page.startAfter(cursor).limit(PAGE_SIZE + 1);
  }
  const [pinned, regular, count] = await Promise.all([
    input.after ? null : tx.get(topLevelQuery(threadId, input.sort).where('pinned', '==', true).limit(PAGE_SIZE)),
    tx.get(query),
    approvedCount(threadId, tx),
  ]);
  const topDocs = [...(pinned?.docs ?? []), ...regular.docs.slice(0, PAGE_SIZE)];
  if (input.focus && !topDocs.some((doc) => doc.id === input.focus)) {
    const focused = (await tx.get(col.comments().doc(input.focus))).data();
    if (focused && focused.threadId === threadId && focused.visible && !topDocs.some((doc) => doc.id === focused.rootId)) {
      const root = await tx.get(col.comments().doc(focused.rootId));
      if (root.data()?.visible) topDocs.push(root as (typeof topDocs)[number]);
    }
  }
  const roots = topDocs.map((doc) => doc.id);
  const replies: Comment[] = [];
  for (let i = 0; i < roots.length; i += 30) {
    const chunk = roots.slice(i, i + 30);
    const snap = await tx.get(col.comments().where('rootId', 'in', chunk).where('visible', '==', true).orderBy('createdAt', 'asc').limit(REPLY_LIMIT));
    for (const doc of snap.docs) if (doc.data().parentId !== null) replies.push(toComment(doc.id, publicDoc(doc.data())));
  }
  return {
    ...base,
    thread: {
      id: threadId,
      siteId: input.siteId,
      key: thread.key,
      url: thread.url,
      title: thread.title,
      count,
      closed: thread.closed,
      isNew: false,
    },
    comments: [...topDocs.map((doc) => toComment(doc.id, publicDoc(doc.data()))), ...replies],
    next: regular.docs.length > PAGE_SIZE ? (regular.docs[PAGE_SIZE - 1]?.id ?? null) : null,
  };
}

/** GET /api/thread?site=&url=&id=&sort=&after=&focus= (behind a Hosting rewrite, cached by the CDN). */
export async function handleSnapshot(request: Request, response: Response): Promise<void> {
  response.set('Access-Control-Allow-Origin', '*');
  response.set('Vary', 'Origin');
  if (request.method === 'OPTIONS') {
    response.set('Access-Control-Allow-Methods', 'GET');
    response.status(204).end();
    return;
  }
  try {
    const sort = param(request, 'sort') as SortOrder;
    const snapshot = await buildSnapshot({
      siteId: param(request, 'site'),
      url: param(request, 'url'),
      id: param(request, 'id') || undefined,
      sort: SORTS.includes(sort) ? sort : 'oldest',
      after: param(request, 'after') || undefined,
      focus: param(request, 'focus') || undefined,
    });
    response.set('Cache-Control', `public, max-age=${BROWSER_MAX_AGE}, s-maxage=${CDN_MAX_AGE}`);
    response.status(200).json(snapshot);
  } catch (error) {
    const { code } = errorDetailsOf(error);
    if (code === 'internal') console.error(error);
    response.set('Cache-Control', 'no-store');
    response.status(code === 'internal' ? 500 : code.endsWith('not-found') ? 404 : 400).json({ error: { code } });
  }
}

/** The HTTP function. */
export const threadSnapshotFn = onRequest({ region: REGION }, metered('handleSnapshot', handleSnapshot));
