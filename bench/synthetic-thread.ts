import type { Comment, PublicSite, SortOrder, Thread, ThreadSnapshot } from '../core/src/types.ts';
import type { RenderNode } from '../core/src/render-tree.ts';
import { compareTopLevel } from '../core/src/thread-order.ts';

/** Top-level comments per page and the reply cap per page, as the real snapshot endpoint has them. */
export const PAGE_SIZE = 20;
export const REPLY_LIMIT = 400;

/** A small deterministic random source, so every run measures the same threads. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = 'the council lanes street bridge ferry library budget shop delivery morning safety traffic plan vote residents parking bike bus night'.split(' ');

function text(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

function tree(next: () => number): RenderNode[] {
  const paragraphs: RenderNode[] = [{ t: 'p', c: [`${text(next, 12)} `, { t: 'strong', c: [text(next, 2)] }, ` ${text(next, 10)}.`] }];
  if (next() < 0.3) paragraphs.push({ t: 'p', c: [`${text(next, 8)} `, { t: 'a', href: 'https://example.com/source', c: ['source'] }, '.'] });
  if (next() < 0.15) paragraphs.push({ t: 'blockquote', c: [{ t: 'p', c: [text(next, 14)] }] });
  return paragraphs;
}

/**
 * A thread of `size` approved comments shaped like a busy discussion: about a third start a new
 * topic, the rest answer a recent comment (so early topics do not collect every reply).
 */
export function syntheticThread(size: number): Comment[] {
  const next = random(size);
  const start = Date.parse('2026-11-20T08:00:00Z');
  const comments: Comment[] = [];
  for (let index = 0; index < size; index++) {
    const id = `c${index}`;
    const parent = index > 0 && next() > 0.33 ? comments[Math.max(0, index - 1 - Math.floor(next() * Math.min(index, 60)))]! : null;
    const uid = `u${Math.floor(next() * Math.max(10, size / 4))}`;
    comments.push({
      id,
      siteId: 'bench',
      threadId: `bench-${size}`,
      parentId: parent?.id ?? null,
      rootId: parent?.rootId ?? id,
      depth: parent ? parent.depth + 1 : 0,
      author: { uid, name: `Reader ${uid.slice(1)}`, avatar: null, provider: 'guest', badges: [] },
      tree: tree(next),
      status: 'approved',
      createdAt: start + index * 30_000,
      editedAt: null,
      reactions: next() < 0.4 ? { like: Math.floor(next() * 20) } : {},
      replyCount: 0,
      pinned: false,
    });
    if (parent) parent.replyCount++;
  }
  return comments;
}

/** What the snapshot endpoint answers for one page of a synthetic thread: the same paging as functions/src/threads/thread-snapshot.ts. */
export function snapshotPage(comments: readonly Comment[], sort: SortOrder, after: string | null): ThreadSnapshot {
  const roots = comments.filter((comment) => comment.parentId === null).sort(compareTopLevel(sort));
  const from = after ? roots.findIndex((root) => root.id === after) + 1 : 0;
  const page = roots.slice(from, from + PAGE_SIZE);
  const ids = new Set(page.map((root) => root.id));
  const replies = comments.filter((comment) => comment.parentId !== null && ids.has(comment.rootId)).slice(0, REPLY_LIMIT);
  const site: PublicSite = { id: 'bench', name: 'Bench', locale: 'en', theme: 'auto', providers: ['guest'], moderation: 'post', editWindowSec: 900, maxLength: 10_000 };
  const thread: Thread = { id: `bench-${comments.length}`, siteId: 'bench', key: '', url: '', title: '', count: comments.length, closed: false, isNew: false };
  return { site, thread, comments: [...page, ...replies], next: from + PAGE_SIZE < roots.length ? page[page.length - 1]!.id : null, at: Date.now() };
}
