import { admin } from './admin.ts';

/** Every collection (and subcollection) name Parley writes. */
const COLLECTIONS = [
  'sites', 'private', 'threads', 'counters', 'changes', 'comments', 'commentPrivate', 'requests', 'users',
  'siteUsers', 'reactions', 'reports', 'siteStats', 'siteRoles', 'moderationActions', 'mail', 'ssoNonces', 'emailLinkRequests',
];

/** Every document in the emulator, as path → data (for "nothing was written" and privacy scans). */
export async function dumpDatabase(): Promise<Map<string, Record<string, unknown>>> {
  const { db } = admin();
  const all = new Map<string, Record<string, unknown>>();
  const groups = await Promise.all(COLLECTIONS.map((name) => db.collectionGroup(name).get()));
  for (const group of groups) for (const doc of group.docs) all.set(doc.ref.path, doc.data());
  return all;
}

/** A stable fingerprint of the whole database. */
export async function fingerprint(): Promise<string> {
  const all = await dumpDatabase();
  return JSON.stringify([...all.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
