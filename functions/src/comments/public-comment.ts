import type { Timestamp } from 'firebase-admin/firestore';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { commentFromDoc } from '../../../core/src/convert.ts';

/**
 * What the public may see of a comment: the source text is left out (the tree suffices) and a
 * deleted comment keeps only its place in the thread, not its words or its author.
 */
export function publicDoc(doc: CommentDoc<Timestamp>): CommentDoc<Timestamp> {
  if (doc.status === 'deleted') {
    return {
      ...doc,
      body: '',
      tree: [],
      author: { uid: '', name: '', avatar: null, provider: 'guest', badges: [] },
      reactions: {},
    };
  }
  return { ...doc, body: '' };
}

/** Converts a stored comment to the domain type (times in milliseconds). */
export const toComment = commentFromDoc;
