import { refuse } from '../../shared/refuse.ts';
import type { Phase } from '../pipeline.ts';

/** A closed thread takes no new comments and no edits. */
export const threadClosed: Phase = ({ thread }) => {
  if (thread?.closed) refuse('thread-closed');
  return undefined;
};
