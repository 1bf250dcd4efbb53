import { beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '../../core/src/errors.ts';
import { call, type TestUser } from '../support/emulator.ts';
import { post, resetWithSite, setSettings, signedInWithRoles, GENEROUS_LIMITS } from '../support/fixtures.ts';
import { fingerprint } from '../support/snapshot-db.ts';

/** A small seeded generator, so a failure reproduces. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

type Request = Record<string, unknown>;

/** Valid requests for each callable; `required` lists the fields that must be present. */
function validRequests(ids: { comment: string; thread: string; uid: string }): Array<{ name: string; data: Request; required: string[] }> {
  return [
    {
      name: 'createComment',
      data: { siteId: 'news', thread: { url: 'https://news.example.com/a', title: 'A' }, body: 'Hi', guest: { name: 'Ann', email: 'a@example.com', website: 'https://a.example' }, requestId: 'fuzz-1234567', parentId: ids.comment, hp: '' },
      required: ['siteId', 'thread', 'body', 'requestId'],
    },
    { name: 'editComment', data: { siteId: 'news', commentId: ids.comment, body: 'Edited' }, required: ['siteId', 'commentId', 'body'] },
    { name: 'deleteComment', data: { siteId: 'news', commentId: ids.comment }, required: ['siteId', 'commentId'] },
    { name: 'reactToComment', data: { siteId: 'news', commentId: ids.comment, reaction: 'like' }, required: ['siteId', 'commentId', 'reaction'] },
    { name: 'reportComment', data: { siteId: 'news', commentId: ids.comment, reason: 'illegal', details: 'Why' }, required: ['siteId', 'commentId', 'reason'] },
    { name: 'moderateComments', data: { siteId: 'news', ids: [ids.comment], action: 'reject', reason: 'r' }, required: ['siteId', 'ids', 'action'] },
    { name: 'banUser', data: { siteId: 'news', uid: ids.uid, hours: 2, shadow: false, reason: 'r' }, required: ['siteId', 'uid', 'hours', 'shadow'] },
    { name: 'unbanUser', data: { siteId: 'news', uid: ids.uid }, required: ['siteId', 'uid'] },
    { name: 'trustUser', data: { siteId: 'news', uid: ids.uid, trusted: true }, required: ['siteId', 'uid', 'trusted'] },
    { name: 'setThreadState', data: { siteId: 'news', threadId: ids.thread, closed: true }, required: ['siteId', 'threadId'] },
    { name: 'updateSite', data: { siteId: 'news', site: { name: 'N', locale: 'en' }, settings: { linkLimit: 3, bannedWords: ['x'] } }, required: ['siteId'] },
    { name: 'setModerator', data: { siteId: 'news', email: 'mod@news.example', role: 'moderator' }, required: ['siteId', 'email', 'role'] },
    { name: 'rotateSsoSecret', data: { siteId: 'news' }, required: ['siteId'] },
    { name: 'sendSignInLink', data: { siteId: 'news', email: 'fuzz@example.com', continueUrl: 'https://news.example.com/a' }, required: ['siteId', 'email', 'continueUrl'] },
    { name: 'ssoSignIn', data: { siteId: 'news', token: 'eyJpZCI6InUifQ.c2lnbmF0dXJl' }, required: ['siteId', 'token'] },
    { name: 'updateProfile', data: { name: 'Fuzzy' }, required: ['name'] },
    // No fields at all: only extra fields, prototype keys and non-objects can be wrong.
    { name: 'exportMyData', data: {}, required: [] },
    { name: 'deleteMyAccount', data: {}, required: [] },
  ];
}

const WRONG_TYPES: unknown[] = [null, 42, -1.5, true, [], {}, ['x'], { nested: { deep: 1 } }, '', 'x'];
const HUGE = 'x'.repeat(120_000);
const LONE_SURROGATE = 'ok\uD800bad';

/** String fields, by path, whose content (not type) can be made invalid. */
function stringPaths(data: Request, prefix: string[] = []): string[][] {
  return Object.entries(data).flatMap(([key, value]) =>
    typeof value === 'string' ? [[...prefix, key]] : value && typeof value === 'object' && !Array.isArray(value) ? stringPaths(value as Request, [...prefix, key]) : [],
  );
}

function setPath(data: Request, path: string[], value: unknown): void {
  let target = data;
  for (const key of path.slice(0, -1)) target = target[key] as Request;
  target[path.at(-1)!] = value;
}

/** Makes one malformed variant of a valid request; the label says how. */
function malform(valid: { data: Request; required: string[] }, next: () => number): { label: string; body: string } {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const data = structuredClone(valid.data);
  const empty = Object.keys(data).length === 0;
  const kind = pick(empty ? ['extra', 'prototype', 'not-an-object'] : ['wrong-type', 'missing', 'extra', 'huge', 'surrogate', 'prototype', 'not-an-object', 'nested-extra']);
  switch (kind) {
    case 'wrong-type': {
      const field = pick(Object.keys(data));
      const wrong = pick(WRONG_TYPES.filter((value) => typeof value !== typeof data[field] || Array.isArray(value) !== Array.isArray(data[field]) || value === null));
      data[field] = wrong;
      return { label: `${kind} ${field}=${JSON.stringify(wrong)}`, body: JSON.stringify({ data }) };
    }
    case 'missing': {
      const field = pick(valid.required);
      delete data[field];
      return { label: `${kind} ${field}`, body: JSON.stringify({ data }) };
    }
    case 'extra': {
      const field = pick(['status', 'uid', 'author', 'createdAt', 'approved', 'score', 'reactions', 'role2', 'pinned', 'isAdmin']);
      data[field] = pick(WRONG_TYPES);
      return { label: `${kind} ${field}`, body: JSON.stringify({ data }) };
    }
    case 'nested-extra': {
      const objects = Object.keys(data).filter((key) => data[key] && typeof data[key] === 'object' && !Array.isArray(data[key]));
      if (objects.length === 0) return malform(valid, next);
      const field = pick(objects);
      (data[field] as Request).status = 'approved';
      return { label: `${kind} ${field}.status`, body: JSON.stringify({ data }) };
    }
    case 'huge':
    case 'surrogate': {
      const paths = stringPaths(data).filter((path) => !(path.at(-1) === 'hp' && kind === 'surrogate'));
      const path = pick(paths);
      setPath(data, path, kind === 'huge' ? HUGE : LONE_SURROGATE);
      return { label: `${kind} ${path.join('.')}`, body: JSON.stringify({ data }) };
    }
    case 'prototype': {
      const key = pick(['__proto__', 'constructor', 'prototype']);
      const json = JSON.stringify({ data }).replace('{"data":{', `{"data":{"${key}":{"status":"approved","isAdmin":true}${empty ? '' : ','}`);
      return { label: `${kind} ${key}`, body: json };
    }
    default:
      // A missing request (null) is how the SDK calls the callables that take no fields: valid there.
      return { label: kind, body: JSON.stringify({ data: pick(empty ? [[data], 'data', 7, true] : [[data], 'data', 7, null, true]) }) };
  }
}

let boss: TestUser;
let ids: { comment: string; thread: string; uid: string };

beforeAll(async () => {
  await resetWithSite();
  await setSettings('news', GENEROUS_LIMITS);
  // An owner (who also posts), so that refusals come from validation, not from missing rights.
  boss = await signedInWithRoles('owner@news.example', { news: 'owner' });
  const { comment, threadId } = await post(boss);
  ids = { comment: comment.id, thread: threadId, uid: 'someone-else' };
});

describe('malformed requests', () => {
  it('refuses 1,000 generated malformed requests, each with a stable code, and writes nothing', async () => {
    const next = random(20261127);
    const requests = validRequests(ids);
    const cases = Array.from({ length: 1000 }, () => {
      const valid = requests[Math.floor(next() * requests.length)]!;
      return { name: valid.name, ...malform(valid, next) };
    });
    const before = await fingerprint();
    const failures: string[] = [];
    const codes = new Map<string, number>();
    for (let i = 0; i < cases.length; i += 25) {
      await Promise.all(
        cases.slice(i, i + 25).map(async ({ name, label, body }) => {
          const result = await call(name, undefined, boss, {}, body);
          if (result.ok) failures.push(`${name} accepted: ${label}`);
          else if (!isErrorCode(result.code) || result.code === 'internal') failures.push(`${name} ${label}: ${result.status} ${result.code}`);
          else codes.set(result.code, (codes.get(result.code) ?? 0) + 1);
        }),
      );
    }
    expect(failures.join('\n')).toBe('');
    expect(await fingerprint()).toBe(before);
    console.log('refusals by code:', Object.fromEntries(codes));
  }, 120_000);
});
