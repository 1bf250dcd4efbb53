import type { Reaction } from './types.ts';

/** A comment's reaction counts, by reaction. */
export type ReactionCounts = Partial<Record<Reaction, number>>;

/** The reader's reaction once they pick `chosen`: the same one again takes it back, another replaces it. */
export function toggledReaction(previous: Reaction | null, chosen: Reaction): Reaction | null {
  return previous === chosen ? null : chosen;
}

/**
 * The counts after one reader's reaction went from `previous` to `next`. A count that falls to
 * zero stays in the map as 0, as the stored document's increments leave it.
 */
export function countsAfter(counts: ReactionCounts, previous: Reaction | null, next: Reaction | null): ReactionCounts {
  const after = { ...counts };
  if (previous) after[previous] = Math.max(0, (after[previous] ?? 0) - 1);
  if (next) after[next] = (after[next] ?? 0) + 1;
  return after;
}
