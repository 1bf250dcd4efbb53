import type { Timestamp } from 'firebase-admin/firestore';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { commentFromDoc } from '../../../core/src/convert.ts';
import { publicForm } from '../../../core/src/public-comment.ts';

/**
 * What the public may see of a stored comment: core's public form, and never the source text
 * (the tree suffices).
 */
export function publicDoc(doc: CommentDoc<Timestamp>): CommentDoc<Timestamp> {
  return { ...publicForm(doc), body: '' };
}

/** Converts a stored comment to the domain type (times in milliseconds). */
export const toComment = commentFromDoc;
