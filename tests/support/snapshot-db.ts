import { PROJECT_ID } from '../../scripts/lib/paths.ts';
import { admin } from './admin.ts';
import { emulator } from './emulator.ts';

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

/** Reads a document through the REST API as a reader would (with a guest's token, or none); null when refused. */
export async function readAs(path: string, idToken: string | null): Promise<Record<string, unknown> | null> {
  const response = await fetch(`${emulator.firestore}/v1/projects/${PROJECT_ID}/databases/(default)/documents/${path}`, {
    headers: idToken ? { authorization: `Bearer ${idToken}` } : {},
  });
  return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
}

/** Every document a reader (signed out, or the given guest) can read, as path → JSON text. */
export async function readableByReaders(guestToken: string): Promise<Array<[string, string]>> {
  const readable: Array<[string, string]> = [];
  for (const path of (await dumpDatabase()).keys()) {
    for (const token of [null, guestToken]) {
      const doc = await readAs(path, token);
      if (doc) readable.push([path, JSON.stringify(doc)]);
    }
  }
  return readable;
}
