import { logger } from 'firebase-functions';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { foldForMatching } from '../../core/src/moderation/normalize.ts';
import { rateLimit } from '../../functions/src/moderation/phases/rate-limit.ts';
import { reservedName } from '../../functions/src/moderation/phases/reserved-name.ts';
import { spamService, toxicityService } from '../../functions/src/moderation/phases/services.ts';
import { SERVICE_TIMEOUT_MS } from '../../functions/src/moderation/services/types.ts';
import { NOW, OFFLINE_SETTINGS, pipelineContext, refusalOf, standing } from '../support/pipeline-context.ts';

const MINUTE = 60_000;
const posted = (count: number, agoMs: number) => standing({ recent: Array.from({ length: count }, (_, i) => ({ at: NOW - agoMs - i, hash: `h${i}` })) });

describe('the rate-limit phase (per author)', () => {
  it.each<[string, ReturnType<typeof posted> | null, Partial<typeof OFFLINE_SETTINGS.rateLimits>, string | null]>([
    ['a first comment', null, {}, null],
    ['the fifth comment within a minute', posted(4, 1000), {}, null],
    ['the sixth comment within a minute', posted(5, 1000), {}, 'rate-limited'],
    ['the 30th comment within an hour', posted(29, 5 * MINUTE), {}, null],
    ['the 31st comment within an hour', posted(30, 5 * MINUTE), {}, 'rate-limited'],
    ['a comment after 30 that are over an hour old', posted(30, 61 * MINUTE), {}, null],
    ['the third comment within a minute when the site allows two', posted(2, 1000), { userPerMinute: 2 }, 'rate-limited'],
    ['the sixth comment within a minute when the site turned the limit off', posted(5, 1000), { userPerMinute: 0 }, null],
  ])('%s → %s', async (_name, siteUser, limits, code) => {
    const settings = { ...OFFLINE_SETTINGS, rateLimits: { ...OFFLINE_SETTINGS.rateLimits, ...limits } };
    expect(await refusalOf(() => rateLimit(pipelineContext('hi', { siteUser, settings })))).toBe(code);
  });

  it('does not limit edits', async () => {
    expect(await refusalOf(() => rateLimit(pipelineContext('hi', { siteUser: posted(50, 1000), isEdit: true })))).toBeNull();
  });
});

describe('the reserved-name phase', () => {
  const reserved = { ...OFFLINE_SETTINGS, reservedNames: { [foldForMatching('Sam Moderator').trim()]: 'staff-uid' } };
  const as = (name: string, badges: Array<'moderator' | 'owner'> = []) => ({ card: { uid: 'u', name, avatar: null, provider: 'guest' as const, badges }, email: null, website: '' });

  it.each<[string, string, string | null]>([
    ['the exact name', 'Sam Moderator', 'name-reserved'],
    ['the name in other case, accents and spacing', 'sam   MODERATÖR', 'name-reserved'],
    ['the name with zero-width characters', 'Sam\u200B Moderator', 'name-reserved'],
    ['the name with look-alike letters', 'Sаm Mоderator', 'name-reserved'],
    ['the name with digits for letters', 'S4m M0der4tor', 'name-reserved'],
    ['the name spelled out with dots', 'S.a.m. M.o.d.e.r.a.t.o.r', 'name-reserved'],
    ['the name run together', 'SamModerator', 'name-reserved'],
    ['the name with "rn" for "m"', 'Sarn Moderator', 'name-reserved'],
    ['another name', 'Sam Reader', null],
    ['a name that only contains it', 'Not Sam Moderator', null],
  ])('a guest posting under %s → %s', async (_name, name, code) => {
    expect(await refusalOf(() => reservedName(pipelineContext('hi', { settings: reserved, author: as(name) })))).toBe(code);
  });

  it('lets the holder of a staff name post under it, and no other member of staff', async () => {
    const holder = { ...as('Sam Moderator', ['moderator']), card: { ...as('Sam Moderator', ['moderator']).card, uid: 'staff-uid' } };
    expect(await refusalOf(() => reservedName(pipelineContext('hi', { settings: reserved, author: holder })))).toBeNull();
    expect(await refusalOf(() => reservedName(pipelineContext('hi', { settings: reserved, author: as('Sam Moderator', ['moderator']) })))).toBe('name-reserved');
  });

  it('reserves nothing on a site without staff names', async () => {
    expect(await refusalOf(() => reservedName(pipelineContext('hi', { author: as('Sam Moderator') })))).toBeNull();
  });
});

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Replaces fetch for the services; answers the recorded calls. */
function fakeFetch(answer: Fetch) {
  const fetch = vi.fn(answer);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A fetch that answers only when aborted, as a service that never answers does. */
const neverAnswers: Fetch = (_url, init) =>
  new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));

const spam = { spam: { endpoint: 'https://spam.example/', key: 'akismet-key', blog: 'https://example.com' } };
const toxicity = { toxicity: { endpoint: 'https://tox.example', key: 'p-key', threshold: 0.8 } };
const score = (value: unknown) => Response.json({ attributeScores: { TOXICITY: { summaryScore: { value } } } });

// The services' failures are logged as warnings; the tests check they are, without printing them.
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the spam-service phase', () => {
  it('asks nothing when the site configured no spam service', async () => {
    const fetch = fakeFetch(async () => new Response('true'));
    expect(await spamService(pipelineContext('hi', { secrets: toxicity }))).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the comment as Akismet expects and files what it calls spam', async () => {
    const fetch = fakeFetch(async () => new Response('true'));
    expect(await spamService(pipelineContext('buy now', { secrets: spam, ip: '203.0.113.7' }))).toMatchObject({ status: 'spam', phase: 'spam-service', scores: { spam: 1 } });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://spam.example/1.1/comment-check');
    expect(Object.fromEntries(new URLSearchParams(init.body as URLSearchParams))).toMatchObject({
      api_key: 'akismet-key',
      blog: 'https://example.com',
      user_ip: '203.0.113.7',
      comment_author: 'Ann',
      comment_author_email: 'ann@example.com',
      comment_content: 'buy now',
    });
  });

  it('passes what it calls not spam to the next phase, with its score', async () => {
    fakeFetch(async () => new Response('false'));
    expect(await spamService(pipelineContext('hi', { secrets: spam }))).toMatchObject({ status: 'approved', scores: { spam: 0 } });
  });

  it.each<[string, Fetch]>([
    ['answers 500', async () => new Response('oops', { status: 500 })],
    ['answers neither true nor false', async () => new Response('maybe')],
    ['cannot be reached', async () => Promise.reject(new TypeError('fetch failed'))],
  ])('holds the comment, never approves it, when the service %s', async (_name, answer) => {
    fakeFetch(answer);
    expect(await spamService(pipelineContext('hi', { secrets: spam }))).toMatchObject({ status: 'pending', phase: 'spam-service' });
    expect(warn).toHaveBeenCalledWith('spam service failed; holding the comment', expect.objectContaining({ siteId: 's' }));
  });

  it(`holds the comment when the service takes longer than ${SERVICE_TIMEOUT_MS} ms`, async () => {
    fakeFetch(neverAnswers);
    const started = Date.now();
    expect(await spamService(pipelineContext('hi', { secrets: spam }))).toMatchObject({ status: 'pending', phase: 'spam-service' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(SERVICE_TIMEOUT_MS - 50);
  }, 10_000);
});

describe('the toxicity-service phase', () => {
  it('asks nothing when the site configured no toxicity service', async () => {
    const fetch = fakeFetch(async () => score(0.99));
    expect(await toxicityService(pipelineContext('hi', { secrets: spam }))).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the text as Perspective expects', async () => {
    const fetch = fakeFetch(async () => score(0.1));
    await toxicityService(pipelineContext('you there', { secrets: toxicity }));
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://tox.example/v1alpha1/comments:analyze?key=p-key');
    expect(JSON.parse(init.body as string)).toEqual({ comment: { text: 'you there' }, requestedAttributes: { TOXICITY: {} }, doNotStore: true });
  });

  it.each<[number, string]>([
    [0.79, 'approved'],
    [0.8, 'pending'],
    [0.95, 'pending'],
  ])('scores %s against a threshold of 0.8 → %s, keeping the score', async (value, status) => {
    fakeFetch(async () => score(value));
    expect(await toxicityService(pipelineContext('hi', { secrets: toxicity }))).toMatchObject({ status, scores: { toxicity: value } });
  });

  it.each<[string, Fetch]>([
    ['answers 500', async () => new Response('oops', { status: 500 })],
    ['answers without a score', async () => Response.json({ attributeScores: {} })],
    ['answers a score above 1', async () => score(1.5)],
    ['answers a score that is not a number', async () => score('0.1')],
    ['answers something that is not JSON', async () => new Response('<html>')],
    ['cannot be reached', async () => Promise.reject(new TypeError('fetch failed'))],
  ])('holds the comment, never approves it, when the service %s', async (_name, answer) => {
    fakeFetch(answer);
    expect(await toxicityService(pipelineContext('hi', { secrets: toxicity }))).toMatchObject({ status: 'pending', phase: 'toxicity-service' });
    expect(warn).toHaveBeenCalledWith('toxicity service failed; holding the comment', expect.objectContaining({ siteId: 's' }));
  });

  it(`holds the comment when the service takes longer than ${SERVICE_TIMEOUT_MS} ms`, async () => {
    fakeFetch(neverAnswers);
    expect(await toxicityService(pipelineContext('hi', { secrets: toxicity }))).toMatchObject({ status: 'pending', phase: 'toxicity-service' });
  }, 10_000);
});
