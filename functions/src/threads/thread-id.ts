import { createHash } from 'node:crypto';

/** The thread's document id: a hash of the site and the canonical key, so creation is idempotent. */
export function threadIdFor(siteId: string, key: string): string {
  return createHash('sha256').update(`${siteId}\n${key}`).digest('base64url').slice(0, 24);
}
