import { createHash } from 'node:crypto';
import type { Timestamp } from 'firebase-admin/firestore';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { foldForMatching } from '../../../core/src/moderation/normalize.ts';
import { authorView as authorViewOf } from '../../../core/src/public-comment.ts';
import type { Comment } from '../../../core/src/types.ts';
import { toComment } from './public-comment.ts';

/** A stored comment as its author is told about it (core's authorView). */
export function authorView(id: string, doc: CommentDoc<Timestamp>): Comment {
  return authorViewOf(toComment(id, doc));
}

/** A short hash of the folded text: equal for texts that differ only in case, accents or spacing. */
export function textHash(body: string): string {
  return createHash('sha256').update(foldForMatching(body)).digest('base64url').slice(0, 16);
}
