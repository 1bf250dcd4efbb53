import { assertFails, assertSucceeds, initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { collection, deleteDoc, doc, getDoc, getDocs, limit, query, setDoc, setLogLevel, updateDoc, where, type Firestore } from 'firebase/firestore';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';

/**
 * Every collection against every role and every operation. Clients write nothing; reads follow
 * the table in docs/data-model.md. Seeded with rules disabled; a separate project id keeps this
 * data apart from the other emulator tests.
 */

let env: RulesTestEnvironment;

type Role = 'anonymous' | 'guest' | 'author' | 'other' | 'moderator' | 'otherModerator' | 'owner';
const ROLES: Role[] = ['anonymous', 'guest', 'author', 'other', 'moderator', 'otherModerator', 'owner'];

function db(role: Role): Firestore {
  switch (role) {
    case 'anonymous':
      return env.unauthenticatedContext().firestore() as unknown as Firestore;
    case 'guest':
      return env.authenticatedContext('guest', { firebase: { sign_in_provider: 'anonymous' } }).firestore() as unknown as Firestore;
    case 'author':
      return env.authenticatedContext('author', { firebase: { sign_in_provider: 'anonymous' } }).firestore() as unknown as Firestore;
    case 'other':
      return env.authenticatedContext('other').firestore() as unknown as Firestore;
    case 'moderator':
      return env.authenticatedContext('mod', { roles: { demo: 'moderator' } }).firestore() as unknown as Firestore;
    // Moderates "elsewhere" only: the demo site's documents must stay closed to them.
    case 'otherModerator':
      return env.authenticatedContext('mod2', { roles: { elsewhere: 'moderator' } }).firestore() as unknown as Firestore;
    case 'owner':
      return env.authenticatedContext('boss', { roles: { demo: 'owner' } }).firestore() as unknown as Firestore;
  }
}

const comment = (status: string, uid = 'author') => ({
  siteId: 'demo',
  threadId: 't1',
  parentId: null,
  rootId: 'x',
  depth: 0,
  author: { uid, name: 'Ann', avatar: null, provider: 'guest', badges: [] },
  body: 'hi',
  tree: [],
  status,
  visible: status === 'approved',
  reactions: {},
  score: 0,
  replyCount: 0,
  pinned: false,
  revision: 1,
});

beforeAll(async () => {
  // Refusals are the expected outcome of half these tests; keep the SDK from logging each one.
  setLogLevel('silent');
  const [host, port] = (process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080').split(':');
  env = await initializeTestEnvironment({
    projectId: 'demo-parley-rules',
    firestore: { rules: readFileSync('firestore.rules', 'utf8'), host: host!, port: Number(port) },
  });
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (context) => {
    const admin = context.firestore();
    const seed: Array<[string, Record<string, unknown>]> = [
      ['sites/demo', { name: 'Demo' }],
      ['sites/demo/private/settings', { bannedWords: ['x'] }],
      ['sites/demo/private/secrets', { sso: 'secret' }],
      ['sites/elsewhere', { name: 'Elsewhere' }],
      ['threads/t1', { siteId: 'demo', key: 'k', url: 'https://example.com/a', title: 'A', closed: false }],
      ['threads/t1/counters/0', { siteId: 'demo', threadId: 't1', approved: 1 }],
      ['threads/t1/changes/c1', { commentId: 'approved', kind: 'upsert' }],
      ['comments/approved', comment('approved')],
      ['comments/pending', comment('pending')],
      ['comments/rejected', comment('rejected')],
      ['comments/elsewhere', { ...comment('pending'), siteId: 'elsewhere' }],
      ['commentPrivate/approved', { siteId: 'demo', authorUid: 'author', email: 'ann@example.com', ip: '203.0.113.9' }],
      ['commentPrivate/elsewhere', { siteId: 'elsewhere', authorUid: 'author', email: 'ann@example.com' }],
      ['users/author', { name: 'Ann', email: 'ann@example.com' }],
      ['moderationActions/a1', { siteId: 'demo', by: 'mod', action: 'approve', commentId: 'approved' }],
      ['moderationActions/a2', { siteId: 'elsewhere', by: 'mod2', action: 'reject', commentId: 'elsewhere' }],
      ['requests/author_r1', { commentId: 'approved' }],
      ['siteUsers/demo_author', { siteId: 'demo', uid: 'author', counts: { approved: 1 }, trusted: false, ban: null }],
      ['siteUsers/elsewhere_author', { siteId: 'elsewhere', uid: 'author', trusted: false, ban: null }],
      ['reports/approved_other', { siteId: 'demo', commentId: 'approved', uid: 'other', reason: 'spam' }],
      ['siteStats/demo_2026-11-27', { siteId: 'demo', day: '2026-11-27', approved: 1, pending: 0, rejected: 0, spam: 0 }],
      ['siteRoles/demo_mod', { siteId: 'demo', uid: 'mod', email: 'mod@example.com', role: 'moderator' }],
      ['reactions/approved_other', { siteId: 'demo', commentId: 'approved', uid: 'other', reaction: 'like' }],
      ['mail/m1', { to: 'ann@example.com', message: { subject: 'x' } }],
      ['rateLimits/author', { count: 1 }],
    ];
    for (const [path, data] of seed) await setDoc(doc(admin, path), data);
  });
});

afterAll(async () => {
  await env?.cleanup();
});

/** Expected outcome per role: the roles listed are allowed, every other role is refused. */
function expectOnly(allowed: Role[], operation: (db: Firestore) => Promise<unknown>) {
  for (const role of ROLES) {
    it(`${allowed.includes(role) ? 'allows' : 'refuses'} ${role}`, async () => {
      const attempt = operation(db(role));
      await (allowed.includes(role) ? assertSucceeds(attempt) : assertFails(attempt));
    });
  }
}

const everyone = ROLES;
const nobody: Role[] = [];
const demoModerators: Role[] = ['moderator', 'owner'];

/** Writes are refused to everyone on every path: clients write nothing. */
function noWrites(path: string, sample: Record<string, unknown>) {
  describe('create', () => expectOnly(nobody, (firestore) => setDoc(doc(firestore, `${path}-new`), sample)));
  describe('update', () => expectOnly(nobody, (firestore) => updateDoc(doc(firestore, path), { touched: true })));
  describe('delete', () => expectOnly(nobody, (firestore) => deleteDoc(doc(firestore, path))));
}

describe('sites', () => {
  describe('get', () => expectOnly(everyone, (firestore) => getDoc(doc(firestore, 'sites/demo'))));
  describe('list with a limit', () => expectOnly(everyone, (firestore) => getDocs(query(collection(firestore, 'sites'), limit(10)))));
  describe('list without a limit', () => expectOnly(nobody, (firestore) => getDocs(collection(firestore, 'sites'))));
  noWrites('sites/demo', { name: 'Mine' });
});

describe('site private settings', () => {
  describe('get settings', () => expectOnly(demoModerators, (firestore) => getDoc(doc(firestore, 'sites/demo/private/settings'))));
  describe('get secrets', () => expectOnly(nobody, (firestore) => getDoc(doc(firestore, 'sites/demo/private/secrets'))));
  describe('list', () => expectOnly(nobody, (firestore) => getDocs(collection(firestore, 'sites/demo/private'))));
  noWrites('sites/demo/private/settings', { bannedWords: [] });
});

describe('threads', () => {
  describe('get', () => expectOnly(everyone, (firestore) => getDoc(doc(firestore, 'threads/t1'))));
  describe('list with a limit', () => expectOnly(everyone, (firestore) => getDocs(query(collection(firestore, 'threads'), where('siteId', '==', 'demo'), limit(20)))));
  describe('list over the limit', () => expectOnly(nobody, (firestore) => getDocs(query(collection(firestore, 'threads'), limit(101)))));
  noWrites('threads/t1', { siteId: 'demo' });
});

describe('thread counters', () => {
  describe('list', () => expectOnly(everyone, (firestore) => getDocs(collection(firestore, 'threads/t1/counters'))));
  noWrites('threads/t1/counters/0', { approved: 1000 });
});

describe('thread change feed', () => {
  describe('list with a limit', () => expectOnly(everyone, (firestore) => getDocs(query(collection(firestore, 'threads/t1/changes'), limit(100)))));
  describe('list without a limit', () => expectOnly(nobody, (firestore) => getDocs(collection(firestore, 'threads/t1/changes'))));
  noWrites('threads/t1/changes/c1', { kind: 'upsert' });
});

describe('comments', () => {
  describe('get an approved comment', () => expectOnly(everyone, (firestore) => getDoc(doc(firestore, 'comments/approved'))));
  describe('get a pending comment', () => expectOnly(['author', ...demoModerators], (firestore) => getDoc(doc(firestore, 'comments/pending'))));
  describe('get a rejected comment', () => expectOnly(['author', ...demoModerators], (firestore) => getDoc(doc(firestore, 'comments/rejected'))));
  describe("get another site's pending comment", () => expectOnly(['author', 'otherModerator'], (firestore) => getDoc(doc(firestore, 'comments/elsewhere'))));
  describe('list approved with a limit', () =>
    expectOnly(everyone, (firestore) => getDocs(query(collection(firestore, 'comments'), where('threadId', '==', 't1'), where('status', '==', 'approved'), limit(50)))));
  describe('list approved over the limit', () =>
    expectOnly(nobody, (firestore) => getDocs(query(collection(firestore, 'comments'), where('status', '==', 'approved'), limit(101)))));
  describe('list without the status filter', () =>
    expectOnly(nobody, (firestore) => getDocs(query(collection(firestore, 'comments'), where('threadId', '==', 't1'), limit(50)))));
  describe('list own comments', () =>
    expectOnly(['author'], (firestore) => getDocs(query(collection(firestore, 'comments'), where('author.uid', '==', 'author'), limit(50)))));
  describe("list a site's comments as its moderator", () =>
    expectOnly(demoModerators, (firestore) => getDocs(query(collection(firestore, 'comments'), where('siteId', '==', 'demo'), limit(100)))));
  noWrites('comments/approved', comment('approved'));
  describe('approve by direct update', () => expectOnly(nobody, (firestore) => updateDoc(doc(firestore, 'comments/pending'), { status: 'approved' })));
});

describe('private comment details (email, IP)', () => {
  describe('get', () => expectOnly(demoModerators, (firestore) => getDoc(doc(firestore, 'commentPrivate/approved'))));
  describe("get another site's", () => expectOnly(['otherModerator'], (firestore) => getDoc(doc(firestore, 'commentPrivate/elsewhere'))));
  describe('list for a site', () =>
    expectOnly(demoModerators, (firestore) => getDocs(query(collection(firestore, 'commentPrivate'), where('siteId', '==', 'demo'), limit(10)))));
  describe('list everything', () => expectOnly(nobody, (firestore) => getDocs(query(collection(firestore, 'commentPrivate'), limit(10)))));
  noWrites('commentPrivate/approved', { email: 'x@example.com' });
});

describe('user profiles', () => {
  describe('get own', () => expectOnly(['author'], (firestore) => getDoc(doc(firestore, 'users/author'))));
  describe('list', () => expectOnly(nobody, (firestore) => getDocs(query(collection(firestore, 'users'), limit(10)))));
  noWrites('users/author', { name: 'Someone else' });
});

describe('moderation actions', () => {
  describe('get', () => expectOnly(demoModerators, (firestore) => getDoc(doc(firestore, 'moderationActions/a1'))));
  describe("get another site's", () => expectOnly(['otherModerator'], (firestore) => getDoc(doc(firestore, 'moderationActions/a2'))));
  describe('list for a site', () =>
    expectOnly(demoModerators, (firestore) => getDocs(query(collection(firestore, 'moderationActions'), where('siteId', '==', 'demo'), limit(50)))));
  noWrites('moderationActions/a1', { action: 'approve' });
});

describe("a user's standing on a site", () => {
  describe('get', () => expectOnly(demoModerators, (firestore) => getDoc(doc(firestore, 'siteUsers/demo_author'))));
  describe("get another site's", () => expectOnly(['otherModerator'], (firestore) => getDoc(doc(firestore, 'siteUsers/elsewhere_author'))));
  describe('list for a site', () =>
    expectOnly(demoModerators, (firestore) => getDocs(query(collection(firestore, 'siteUsers'), where('siteId', '==', 'demo'), limit(50)))));
  noWrites('siteUsers/demo_author', { trusted: true });
});

describe('reports', () => {
  describe('get', () => expectOnly(demoModerators, (firestore) => getDoc(doc(firestore, 'reports/approved_other'))));
  describe('list for a site', () =>
    expectOnly(demoModerators, (firestore) => getDocs(query(collection(firestore, 'reports'), where('siteId', '==', 'demo'), limit(50)))));
  noWrites('reports/approved_other', { reason: 'abuse' });
});

describe('daily statistics', () => {
  describe('get', () => expectOnly(demoModerators, (firestore) => getDoc(doc(firestore, 'siteStats/demo_2026-11-27'))));
  noWrites('siteStats/demo_2026-11-27', { approved: 100 });
});

describe('site roles', () => {
  describe('get', () => expectOnly(['owner'], (firestore) => getDoc(doc(firestore, 'siteRoles/demo_mod'))));
  describe('list for a site', () =>
    expectOnly(['owner'], (firestore) => getDocs(query(collection(firestore, 'siteRoles'), where('siteId', '==', 'demo'), limit(50)))));
  noWrites('siteRoles/demo_mod', { role: 'owner' });
});

describe('server-only collections (idempotency, reactions, mail)', () => {
  describe('get a request record', () => expectOnly(nobody, (firestore) => getDoc(doc(firestore, 'requests/author_r1'))));
  describe('get a reaction', () => expectOnly(nobody, (firestore) => getDoc(doc(firestore, 'reactions/approved_other'))));
  describe('get outgoing mail', () => expectOnly(nobody, (firestore) => getDoc(doc(firestore, 'mail/m1'))));
  describe('get an unknown collection', () => expectOnly(nobody, (firestore) => getDoc(doc(firestore, 'rateLimits/author'))));
  noWrites('requests/author_r1', { commentId: 'x' });
});
