import type { Comment } from './types.ts';

/**
 * Answers of the callable functions: the contract between the functions and the client modules.
 * Requests are described by the schemas in validation.ts.
 */

/** `createComment`: the stored comment as its author sees it (its status says if it awaits review). */
export interface CreateCommentResult {
  comment: Comment;
  threadId: string;
}

/** `moderateComments`: which comments changed, and which were already in the requested state. */
export interface ModerateResult {
  changed: string[];
  unchanged: string[];
}
