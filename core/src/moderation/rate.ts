/** A recent post of one author: when (ms) and a hash of its normalised text. */
export interface RecentPost {
  at: number;
  hash: string;
}

/** Per-author limits (0 turns one off). */
export interface AuthorLimits {
  perMinute: number;
  perHour: number;
}

/** How many of an author's recent posts their site document keeps: the per-author limits cannot go above it. */
export const AUTHOR_POSTS_KEPT = 200;

/** How long an identical text counts as a duplicate of the author's earlier comment. */
export const DUPLICATE_WINDOW_MS = 15 * 60_000;

/** True when one more post now would exceed a per-minute or per-hour limit. */
export function exceedsRate(recent: readonly RecentPost[], now: number, limits: AuthorLimits): boolean {
  const lastMinute = recent.filter((post) => now - post.at < 60_000).length;
  const lastHour = recent.filter((post) => now - post.at < 3_600_000).length;
  return (limits.perMinute > 0 && lastMinute >= limits.perMinute) || (limits.perHour > 0 && lastHour >= limits.perHour);
}

/** True when the author posted the same text within the duplicate window. */
export function isDuplicate(recent: readonly RecentPost[], now: number, hash: string): boolean {
  return recent.some((post) => post.hash === hash && now - post.at < DUPLICATE_WINDOW_MS);
}

/** The recent list after one more post: only what the limits and duplicate check still need. */
export function recordPost(recent: readonly RecentPost[], post: RecentPost, keep = AUTHOR_POSTS_KEPT): RecentPost[] {
  const horizon = post.at - Math.max(3_600_000, DUPLICATE_WINDOW_MS);
  return [...recent.filter((entry) => entry.at > horizon), post].slice(-keep);
}
