import { assertFails, assertSucceeds, initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  limitToLast,
  orderBy,
  query,
  setDoc,
  setLogLevel,
  updateDoc,
  where,
  type Firestore,
  type QueryConstraint,
} from 'firebase/firestore';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';

/**
 * The whole policy of firestore.rules as one table: every collection of docs/data-model.md
 * (and the server-only ones functions write), every role, every operation. Clients write
 * nothing; reads follow the data model's "who reads" column; public lists must be bounded (and
 * comment lists must ask for approved ones). Seeded with rules disabled, in a project of its own.
 */

type Role = 'unauthenticated' | 'guest' | 'author' | 'other' | 'moderator' | 'otherModerator' | 'owner';
const ROLES: readonly Role[] = ['unauthenticated', 'guest', 'author', 'other', 'moderator', 'otherModerator', 'owner'];

/** Each role's uid and token claims; the site under test is "demo", the other site "elsewhere". */
const IDENTITIES: Record<Exclude<Role, 'unauthenticated'>, { uid: string; claims: Record<string, unknown> }> = {
  guest: { uid: 'guest', claims: { firebase: { sign_in_provider: 'anonymous' } } },
  author: { uid: 'author', claims: { firebase: { sign_in_provider: 'anonymous' } } },
  other: { uid: 'other', claims: { email: 'other@example.com', firebase: { sign_in_provider: 'password' } } },
  moderator: { uid: 'mod', claims: { roles: { demo: 'moderator' } } },
  otherModerator: { uid: 'mod2', claims: { roles: { elsewhere: 'moderator' } } },
  owner: { uid: 'boss', claims: { roles: { demo: 'owner' } } },
};

const uidOf = (role: Role) => (role === 'unauthenticated' ? 'nobody' : IDENTITIES[role].uid);

let env: RulesTestEnvironment;

const clients = new Map<Role, Firestore>();

/** One client per role, shared by its cells (a client per cell costs most of the run time). */
function db(role: Role): Firestore {
  if (!clients.has(role)) {
    const context = role === 'unauthenticated' ? env.unauthenticatedContext() : env.authenticatedContext(IDENTITIES[role].uid, IDENTITIES[role].claims);
    clients.set(role, context.firestore() as unknown as Firestore);
  }
  return clients.get(role)!;
}

const comment = (status: string, siteId = 'demo', threadId = 't1') => ({
  siteId,
  threadId,
  parentId: null,
  rootId: 'x',
  depth: 0,
  author: { uid: 'author', name: 'Ann', avatar: null, provider: 'guest', badges: [] },
  body: 'hi',
  tree: [],
  status,
  visible: status === 'approved' || status === 'deleted',
  reactions: {},
  score: 0,
  replyCount: 0,
  pinned: false,
  revision: 1,
});

const SEED: Array<[string, Record<string, unknown>]> = [
  ['sites/demo', { name: 'Demo' }],
  ['sites/elsewhere', { name: 'Elsewhere' }],
  ['sites/demo/private/settings', { bannedWords: ['x'] }],
  ['sites/demo/private/secrets', { ssoSecret: 'secret' }],
  ['sites/elsewhere/private/settings', { bannedWords: ['y'] }],
  ['threads/t1', { siteId: 'demo', key: 'k', url: 'https://example.com/a', title: 'A', closed: false, premoderate: false }],
  ['threads/t1/counters/0', { approved: 1 }],
  ['threads/t1/changes/c1', { commentId: 'approved', kind: 'upsert', at: new Date() }],
  ...(['approved', 'pending', 'rejected', 'spam', 'deleted'] as const).map((status): [string, Record<string, unknown>] => [`comments/${status}`, comment(status)]),
  ['comments/elsewhere', comment('pending', 'elsewhere', 't2')],
  ['commentPrivate/approved', { siteId: 'demo', threadId: 't1', authorUid: 'author', email: 'ann@example.com', ip: '203.0.113.9', reports: { count: 1 } }],
  ['commentPrivate/elsewhere', { siteId: 'elsewhere', threadId: 't2', authorUid: 'author', email: 'ann@example.com', reports: { count: 0 } }],
  ['users/author', { name: 'Ann', email: 'ann@example.com' }],
  ['moderationActions/a1', { siteId: 'demo', by: 'mod', action: 'approve', commentId: 'approved', revision: 1, at: new Date() }],
  ['moderationActions/a2', { siteId: 'elsewhere', by: 'mod2', action: 'reject', commentId: 'elsewhere', revision: 1, at: new Date() }],
  ['siteUsers/demo_author', { siteId: 'demo', uid: 'author', counts: { approved: 1 }, trusted: false, ban: null }],
  ['siteUsers/elsewhere_author', { siteId: 'elsewhere', uid: 'author', trusted: false, ban: null }],
  ['reactions/approved_other', { siteId: 'demo', commentId: 'approved', uid: 'other', reaction: 'like' }],
  ['reports/approved_other', { siteId: 'demo', commentId: 'approved', uid: 'other', reason: 'illegal', details: 'why', at: new Date() }],
  ['siteStats/demo_2026-11-27', { siteId: 'demo', day: '2026-11-27', approved: 1, pending: 0, rejected: 0, spam: 0 }],
  ['siteStats/elsewhere_2026-11-27', { siteId: 'elsewhere', day: '2026-11-27', approved: 0, pending: 1, rejected: 0, spam: 0 }],
  ['siteRoles/demo_mod', { siteId: 'demo', uid: 'mod', email: 'mod@example.com', role: 'moderator' }],
  ['requests/author_r1', { commentId: 'approved' }],
  ['mail/m1', { to: 'ann@example.com', message: { subject: 'x' } }],
  ['ssoNonces/n1', { siteId: 'demo', expireAt: new Date() }],
  ['emailLinkRequests/email_abc', { recent: [1] }],
  ['rateLimits/author', { count: 1 }],
];

beforeAll(async () => {
  // Refusals are the expected outcome of most cells; keep the SDK from logging each one.
  setLogLevel('silent');
  const [host, port] = (process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080').split(':');
  env = await initializeTestEnvironment({
    projectId: 'demo-parley-rules-matrix',
    firestore: { rules: readFileSync('firestore.rules', 'utf8'), host: host!, port: Number(port) },
  });
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (context) => {
    const admin = context.firestore() as unknown as Firestore;
    await Promise.all(SEED.map(([path, data]) => setDoc(doc(admin, path), data)));
  });
});

afterAll(async () => {
  await env?.cleanup();
});

type Operation = (firestore: Firestore, role: Role) => Promise<unknown>;

const get = (path: string): Operation => (firestore) => getDoc(doc(firestore, path));
const list = (path: string, ...constraints: QueryConstraint[]): Operation => (firestore) => getDocs(query(collection(firestore, path), ...constraints));
const create = (path: (role: Role) => string, data: Record<string, unknown>): Operation => (firestore, role) => setDoc(doc(firestore, path(role)), data);
const update = (path: string, data: Record<string, unknown>): Operation => (firestore) => updateDoc(doc(firestore, path), data);
const remove = (path: string): Operation => (firestore) => deleteDoc(doc(firestore, path));

const ALL = ROLES;
const NONE: Role[] = [];
const MODERATORS: Role[] = ['moderator', 'owner'];
const AUTHOR_AND_MODERATORS: Role[] = ['author', 'moderator', 'owner'];

/** One row: an operation and the roles it is allowed to; every other role is refused. */
type Row = [operation: string, run: Operation, allowed: readonly Role[]];

/** Create (a new document, at the caller's own id where ids carry one), update and delete: refused to everyone. */
function noWrites(existing: string, newPath: (role: Role) => string, sample: Record<string, unknown>): Row[] {
  return [
    ['create', create(newPath, sample), NONE],
    ['update', update(existing, sample), NONE],
    ['delete', remove(existing), NONE],
  ];
}

/** Collections nobody but the functions touches. */
function serverOnly(name: string, existing: string, newPath: (role: Role) => string): Row[] {
  return [
    ['get', get(existing), NONE],
    ['list with a limit', list(name, limit(10)), NONE],
    ['list without a limit', list(name), NONE],
    ...noWrites(existing, newPath, { touched: true }),
  ];
}

const TABLE: Record<string, Row[]> = {
  sites: [
    ['get', get('sites/demo'), ALL],
    ['list with a limit', list('sites', limit(10)), ALL],
    ['list without a limit', list('sites'), NONE],
    ['list over the limit (101)', list('sites', limit(101)), NONE],
    ...noWrites('sites/demo', () => 'sites/new-site', { name: 'Mine' }),
  ],
  'sites/{siteId}/private': [
    ['get settings', get('sites/demo/private/settings'), MODERATORS],
    ["get another site's settings", get('sites/elsewhere/private/settings'), ['otherModerator']],
    ['get secrets', get('sites/demo/private/secrets'), NONE],
    ['list with a limit', list('sites/demo/private', limit(10)), NONE],
    ['list without a limit', list('sites/demo/private'), NONE],
    ['update secrets', update('sites/demo/private/secrets', { ssoSecret: 'mine' }), NONE],
    ...noWrites('sites/demo/private/settings', () => 'sites/demo/private/other', { bannedWords: [] }),
  ],
  threads: [
    ['get', get('threads/t1'), ALL],
    ["list a site's with a limit", list('threads', where('siteId', '==', 'demo'), limit(20)), ALL],
    ['list without a limit', list('threads', where('siteId', '==', 'demo')), NONE],
    ['list over the limit (101)', list('threads', limit(101)), NONE],
    ['close by direct update', update('threads/t1', { closed: true }), NONE],
    ...noWrites('threads/t1', () => 'threads/t-new', { siteId: 'demo' }),
  ],
  'threads/{threadId}/counters': [
    ['get', get('threads/t1/counters/0'), ALL],
    ['list', list('threads/t1/counters'), ALL],
    ...noWrites('threads/t1/counters/0', () => 'threads/t1/counters/1', { approved: 1000 }),
  ],
  'threads/{threadId}/changes': [
    ['get', get('threads/t1/changes/c1'), ALL],
    ['list with a limit', list('threads/t1/changes', limit(100)), ALL],
    ['list the latest 100 (as the live widget does)', list('threads/t1/changes', orderBy('at'), limitToLast(100)), ALL],
    ['list without a limit', list('threads/t1/changes'), NONE],
    ['list over the limit (101)', list('threads/t1/changes', limit(101)), NONE],
    ...noWrites('threads/t1/changes/c1', () => 'threads/t1/changes/c-new', { kind: 'upsert', commentId: 'pending' }),
  ],
  comments: [
    ['get an approved comment', get('comments/approved'), ALL],
    ['get a pending comment', get('comments/pending'), AUTHOR_AND_MODERATORS],
    ['get a rejected comment', get('comments/rejected'), AUTHOR_AND_MODERATORS],
    ['get a spam comment', get('comments/spam'), AUTHOR_AND_MODERATORS],
    // The stored document still has the words and the author; readers get the placeholder from the feed.
    ['get a deleted comment', get('comments/deleted'), AUTHOR_AND_MODERATORS],
    ["get another site's pending comment", get('comments/elsewhere'), ['author', 'otherModerator']],
    ['list approved with a limit', list('comments', where('threadId', '==', 't1'), where('status', '==', 'approved'), limit(50)), ALL],
    ['list approved without a limit', list('comments', where('threadId', '==', 't1'), where('status', '==', 'approved')), NONE],
    ['list approved over the limit (101)', list('comments', where('status', '==', 'approved'), limit(101)), NONE],
    ['list without the status filter', list('comments', where('threadId', '==', 't1'), limit(50)), NONE],
    ['list pending across sites', list('comments', where('status', '==', 'pending'), limit(50)), NONE],
    ['list deleted across sites', list('comments', where('status', '==', 'deleted'), limit(50)), NONE],
    ["list the author's own in a thread", list('comments', where('threadId', '==', 't1'), where('author.uid', '==', 'author'), limit(100)), ['author']],
    ["list the author's own across threads", list('comments', where('author.uid', '==', 'author'), limit(50)), ['author']],
    ["list the author's own without a limit", list('comments', where('author.uid', '==', 'author')), NONE],
    ["list the author's own over the limit (101)", list('comments', where('author.uid', '==', 'author'), limit(101)), NONE],
    ["list a site's comments", list('comments', where('siteId', '==', 'demo'), limit(100)), MODERATORS],
    // Moderators' own lists are not bounded by the rules (docs/data-model.md bounds public lists).
    ["list a site's comments without a limit", list('comments', where('siteId', '==', 'demo')), MODERATORS],
    ["list a site's pending queue", list('comments', where('siteId', '==', 'demo'), where('status', '==', 'pending'), limit(50)), MODERATORS],
    ["list another site's comments", list('comments', where('siteId', '==', 'elsewhere'), limit(10)), ['otherModerator']],
    ['approve by direct update', update('comments/pending', { status: 'approved', visible: true }), NONE],
    ['edit own text by direct update', update('comments/approved', { body: 'changed' }), NONE],
    ...noWrites('comments/approved', () => 'comments/new-comment', comment('approved')),
  ],
  commentPrivate: [
    ['get', get('commentPrivate/approved'), MODERATORS],
    ["get another site's", get('commentPrivate/elsewhere'), ['otherModerator']],
    ["list a site's with a limit", list('commentPrivate', where('siteId', '==', 'demo'), limit(10)), MODERATORS],
    ["list a site's reported queue", list('commentPrivate', where('siteId', '==', 'demo'), where('reports.count', '>', 0), orderBy('reports.count', 'desc'), limit(50)), MODERATORS],
    ['list across sites', list('commentPrivate', limit(10)), NONE],
    ["list by the author's uid", list('commentPrivate', where('authorUid', '==', 'author'), limit(10)), NONE],
    ...noWrites('commentPrivate/approved', () => 'commentPrivate/new-comment', { email: 'x@example.com' }),
  ],
  users: [
    ["get the author's profile", get('users/author'), ['author']],
    ['list with a limit', list('users', limit(10)), NONE],
    ['list without a limit', list('users'), NONE],
    ...noWrites('users/author', (role) => `users/${uidOf(role)}`, { name: 'Someone else' }),
  ],
  moderationActions: [
    ['get', get('moderationActions/a1'), MODERATORS],
    ["get another site's", get('moderationActions/a2'), ['otherModerator']],
    ["list a site's log", list('moderationActions', where('siteId', '==', 'demo'), orderBy('at', 'desc'), limit(50)), MODERATORS],
    ['list across sites', list('moderationActions', limit(50)), NONE],
    ...noWrites('moderationActions/a1', () => 'moderationActions/a-new', { siteId: 'demo', action: 'approve' }),
  ],
  siteUsers: [
    // The author's own standing (ban, trust) is for moderators, not for the author.
    ['get', get('siteUsers/demo_author'), MODERATORS],
    ["get another site's", get('siteUsers/elsewhere_author'), ['otherModerator']],
    ["list a site's", list('siteUsers', where('siteId', '==', 'demo'), limit(50)), MODERATORS],
    ['list across sites', list('siteUsers', limit(50)), NONE],
    ['lift a ban by direct update', update('siteUsers/demo_author', { ban: null, trusted: true }), NONE],
    ...noWrites('siteUsers/demo_author', (role) => `siteUsers/demo_${uidOf(role)}`, { siteId: 'demo', trusted: true }),
  ],
  reactions: serverOnly('reactions', 'reactions/approved_other', (role) => `reactions/approved_${uidOf(role)}`),
  reports: [
    // Not even the reader who filed it.
    ['get', get('reports/approved_other'), MODERATORS],
    ["list a comment's reports", list('reports', where('siteId', '==', 'demo'), where('commentId', '==', 'approved'), orderBy('at', 'desc'), limit(20)), MODERATORS],
    ["list a site's reports", list('reports', where('siteId', '==', 'demo'), limit(50)), MODERATORS],
    ['list across sites', list('reports', limit(20)), NONE],
    ["list by the reporter's uid", list('reports', where('uid', '==', 'other'), limit(20)), NONE],
    ...noWrites('reports/approved_other', (role) => `reports/pending_${uidOf(role)}`, { siteId: 'demo', commentId: 'pending', reason: 'spam' }),
  ],
  siteStats: [
    ['get', get('siteStats/demo_2026-11-27'), MODERATORS],
    ["get another site's", get('siteStats/elsewhere_2026-11-27'), ['otherModerator']],
    ["list a site's days", list('siteStats', where('siteId', '==', 'demo'), where('day', '>=', '2026-11-01'), orderBy('day', 'asc'), limit(62)), MODERATORS],
    ['list across sites', list('siteStats', limit(62)), NONE],
    ...noWrites('siteStats/demo_2026-11-27', () => 'siteStats/demo_2026-11-28', { siteId: 'demo', approved: 100 }),
  ],
  siteRoles: [
    ['get', get('siteRoles/demo_mod'), ['owner']],
    ["list a site's", list('siteRoles', where('siteId', '==', 'demo'), limit(100)), ['owner']],
    ['list across sites', list('siteRoles', limit(100)), NONE],
    ...noWrites('siteRoles/demo_mod', (role) => `siteRoles/demo_${uidOf(role)}`, { siteId: 'demo', role: 'owner' }),
  ],
  requests: serverOnly('requests', 'requests/author_r1', (role) => `requests/${uidOf(role)}_r2`),
  mail: serverOnly('mail', 'mail/m1', () => 'mail/m-new'),
  ssoNonces: serverOnly('ssoNonces', 'ssoNonces/n1', () => 'ssoNonces/n-new'),
  emailLinkRequests: serverOnly('emailLinkRequests', 'emailLinkRequests/email_abc', () => 'emailLinkRequests/email_new'),
  'an unknown collection': serverOnly('rateLimits', 'rateLimits/author', (role) => `rateLimits/${uidOf(role)}`),
};

for (const [name, rows] of Object.entries(TABLE)) {
  describe(name, () => {
    for (const [operation, run, allowed] of rows) {
      describe(operation, () => {
        it.each(ROLES.map((role) => [allowed.includes(role) ? 'allows' : 'refuses', role] as const))('%s %s', async (verdict, role) => {
          const attempt = run(db(role), role);
          await (verdict === 'allows' ? assertSucceeds(attempt) : assertFails(attempt));
        });
      });
    }
  });
}
