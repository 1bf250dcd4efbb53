import type { Reaction } from '../../../core/src/types.ts';

/** The emoji each reaction shows as (its translated name is the accessible label). */
export const REACTION_EMOJI: Record<Reaction, string> = {
  like: '👍',
  love: '❤️',
  laugh: '😂',
  wow: '😮',
  sad: '😢',
};
