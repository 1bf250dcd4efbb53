import { createHash } from 'node:crypto';
import type { Timestamp } from 'firebase-admin/firestore';
import type { CommentDoc } from '../../../core/src/docs.ts';
import { foldForMatching } from '../../../core/src/moderation/normalize.ts';
import type { Comment } from '../../../core/src/types.ts';
import { toComment } from './public-comment.ts';

/**
 * A comment as its author is told about it. Comments the system filed as spam (honeypot, shadow
 * ban) are reported as approved, so neither a bot nor a shadow-banned author learns of it.
 */
export function authorView(id: string, doc: CommentDoc<Timestamp>): Comment {
  const comment = toComment(id, doc);
  return comment.status === 'spam' ? { ...comment, status: 'approved' } : comment;
}

/** A short hash of the folded text: equal for texts that differ only in case, accents or spacing. */
export function textHash(body: string): string {
  return createHash('sha256').update(foldForMatching(body)).digest('base64url').slice(0, 16);
}
