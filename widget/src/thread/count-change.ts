import type { Comment } from '../../../core/src/types.ts';

/** How much an approved-comment count changes when a comment goes from `before` to `after`. */
export function countChange(before: Comment | undefined, after: Comment | null): number {
  const was = before?.status === 'approved' ? 1 : 0;
  const is = after?.status === 'approved' ? 1 : 0;
  return is - was;
}
