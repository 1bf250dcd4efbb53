import type { Comment } from '../../../core/src/types.ts';
import { storage } from './storage.ts';

const KEY = 'parley:unpublished';
/** Threads remembered; the oldest are forgotten first. */
const MAX_THREADS = 50;

function read(): Record<string, string[]> {
  try {
    const value: unknown = JSON.parse(storage.get(KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

function write(threadId: string, ids: readonly string[]): void {
  const all = read();
  delete all[threadId];
  if (ids.length > 0) all[threadId] = [...new Set(ids)];
  const threads = Object.keys(all);
  for (const old of threads.slice(0, Math.max(0, threads.length - MAX_THREADS))) delete all[old];
  if (Object.keys(all).length > 0) storage.set(KEY, JSON.stringify(all));
  else storage.remove(KEY);
}

/**
 * The reader's own comments in a thread that this browser has not yet seen published: held for
 * review, or answered as approved but not yet seen in the public thread (the server answers a
 * comment it quietly filed as spam as approved). Only a thread with some of these loads Firebase
 * Auth after the first paint, to show them to their author; a reader who is only reading never does.
 */
export function unpublishedIn(threadId: string): string[] {
  const ids = read()[threadId];
  return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
}

/**
 * Remembers a comment the reader just posted, or sent back to review by editing it. Whether it is
 * really public only the public thread can tell, so it stays remembered until seen there.
 */
export function rememberUnpublished(threadId: string, comment: Comment): void {
  if (!threadId || comment.status === 'deleted') return;
  write(threadId, [...unpublishedIn(threadId), comment.id]);
}

/** Keeps only the comments in `ids` that are still unpublished (an empty list forgets the thread). */
export function keepUnpublished(threadId: string, ids: readonly string[]): void {
  write(threadId, ids);
}
