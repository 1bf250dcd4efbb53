import { readFileSync } from 'node:fs';
import { Timestamp } from 'firebase-admin/firestore';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldForMatching } from '../../core/src/moderation/normalize.ts';
import { textHash } from '../../functions/src/comments/author-view.ts';
import { judge, type PipelineContext } from '../../functions/src/moderation/pipeline.ts';
import { authorBanned } from '../../functions/src/moderation/phases/author-banned.ts';
import { duplicate } from '../../functions/src/moderation/phases/duplicate.ts';
import { firstTime } from '../../functions/src/moderation/phases/first-time.ts';
import { honeypot } from '../../functions/src/moderation/phases/honeypot.ts';
import { PHASES } from '../../functions/src/moderation/phases/index.ts';
import { linkLimit } from '../../functions/src/moderation/phases/link-limit.ts';
import { moderationMode } from '../../functions/src/moderation/phases/moderation-mode.ts';
import { rateLimit } from '../../functions/src/moderation/phases/rate-limit.ts';
import { reservedName } from '../../functions/src/moderation/phases/reserved-name.ts';
import { spamService, toxicityService } from '../../functions/src/moderation/phases/services.ts';
import { shape } from '../../functions/src/moderation/phases/shape.ts';
import { threadClosed } from '../../functions/src/moderation/phases/thread-closed.ts';
import { bannedWords, suspectWords } from '../../functions/src/moderation/phases/words.ts';
import { SITE_DEFAULTS } from '../../functions/src/sites/site-config.ts';
import { NOW, OFFLINE_SETTINGS, pipelineContext, refusalOf, standing, thread } from '../support/pipeline-context.ts';

/** The order docs/api.md gives under "The moderation pipeline". */
function documentedOrder(): string[] {
  const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## The moderation pipeline'), doc.indexOf('The issue that specified the pipeline'));
  return [...section.matchAll(/`([a-z][a-z-]*)`/g)].map((match) => match[1]!);
}

describe('the phase order', () => {
  it('runs the phases in the documented order', () => {
    expect(documentedOrder()).toHaveLength(14);
    expect(PHASES.map(([name]) => name)).toEqual(documentedOrder());
  });

  it('runs under each name the phase of that name', () => {
    expect(Object.fromEntries(PHASES)).toEqual({
      shape,
      'thread-closed': threadClosed,
      'author-banned': authorBanned,
      'reserved-name': reservedName,
      'rate-limit': rateLimit,
      duplicate,
      'banned-words': bannedWords,
      honeypot,
      'link-limit': linkLimit,
      'suspect-words': suspectWords,
      'first-time': firstTime,
      'spam-service': spamService,
      'toxicity-service': toxicityService,
      'moderation-mode': moderationMode,
    });
  });
});

const THREE_LINKS = 'https://a.example https://b.example https://c.example';
const settings = (extra: Partial<PipelineContext['settings']>) => ({ ...OFFLINE_SETTINGS, ...extra });
const site = (extra: Partial<PipelineContext['site']>) => ({ ...SITE_DEFAULTS, ...extra });
const ban = (shadow: boolean) => standing({ ban: { until: null, shadow, reason: 'r', by: 'm', at: Timestamp.fromMillis(NOW - 1000) } });
const busy = (hash = 'other') => standing({ recent: Array.from({ length: 5 }, (_, i) => ({ at: NOW - 1000 - i, hash: i === 0 ? hash : `h${i}` })) });
const moderatorAuthor = { card: { uid: 'm', name: 'Mod', avatar: null, provider: 'email' as const, badges: ['moderator' as const] }, email: null, website: '' };
const services = { spam: { endpoint: 'https://spam.example', key: 'k', blog: 'https://example.com' }, toxicity: { endpoint: 'https://tox.example', key: 'k', threshold: 0.8 } };

describe('precedence when several phases would decide', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each<[string, string, Partial<PipelineContext>, string]>([
    ['the length check beats a closed thread', 'x'.repeat(11), { site: site({ maxLength: 10 }), thread: thread({ closed: true }) }, 'body-too-long'],
    ['a closed thread beats a ban', 'hello', { thread: thread({ closed: true }), siteUser: ban(false) }, 'thread-closed'],
    ['a ban beats the rate limit', 'hello', { siteUser: { ...busy(), ban: ban(false).ban } }, 'user-banned'],
    ['a reserved name beats the rate limit', 'hello', { settings: settings({ reservedNames: { [foldForMatching('Ann').trim()]: 'staff-uid' } }), siteUser: busy() }, 'name-reserved'],
    ['the rate limit beats a duplicate', 'same words', { siteUser: busy(textHash('same words')) }, 'rate-limited'],
    ['a duplicate beats a banned word', 'a scam', { settings: settings({ bannedWords: ['scam'] }), siteUser: standing({ recent: [{ at: NOW - 1000, hash: textHash('a scam') }] }) }, 'duplicate-comment'],
    ['a banned word beats the link limit', `a scam ${THREE_LINKS}`, { settings: settings({ bannedWords: ['scam'] }) }, 'comment-rejected'],
    ['a banned word beats a filled honeypot', 'a scam', { settings: settings({ bannedWords: ['scam'] }), honeypot: 'bot' }, 'comment-rejected'],
    ["a banned word refuses even a moderator's comment", 'a scam', { settings: settings({ bannedWords: ['scam'] }), author: moderatorAuthor }, 'comment-rejected'],
  ])('%s', async (_name, body, extra, code) => {
    expect(await refusalOf(() => judge(pipelineContext(body, extra)))).toBe(code);
  });

  it.each<[string, string, Partial<PipelineContext>, { status: string; phase: string }]>([
    ['a filled honeypot beats the first-time check', 'hello', { site: site({ moderation: 'first-time' }), honeypot: 'http://bot.example' }, { status: 'spam', phase: 'honeypot' }],
    ['a filled honeypot beats the link limit', THREE_LINKS, { honeypot: 'bot' }, { status: 'spam', phase: 'honeypot' }],
    ['a filled honeypot beats full pre-moderation', 'hello', { site: site({ moderation: 'pre' }), honeypot: 'bot' }, { status: 'spam', phase: 'honeypot' }],
    ['a shadow ban files the comment as spam before any hold', THREE_LINKS, { siteUser: ban(true), site: site({ moderation: 'pre' }) }, { status: 'spam', phase: 'author-banned' }],
    ['the link limit holds before the suspect words', `casino ${THREE_LINKS}`, { settings: settings({ suspectWords: ['casino'] }) }, { status: 'pending', phase: 'link-limit' }],
    ['suspect words hold before the first-time check', 'casino', { settings: settings({ suspectWords: ['casino'] }), site: site({ moderation: 'first-time' }) }, { status: 'pending', phase: 'suspect-words' }],
    ['the first-time check holds before full pre-moderation of the thread', 'hello', { site: site({ moderation: 'first-time' }), thread: thread({ premoderate: true }) }, { status: 'pending', phase: 'first-time' }],
    ['a pre-moderated thread holds what passed everything else', 'hello', { thread: thread({ premoderate: true }) }, { status: 'pending', phase: 'moderation-mode' }],
    ['a passing comment is approved', 'hello', {}, { status: 'approved', phase: 'default' }],
    ["edits skip the rate limit, the duplicate check and the first-time check", 'same words', { isEdit: true, siteUser: busy(textHash('same words')), site: site({ moderation: 'first-time' }) }, { status: 'approved', phase: 'default' }],
    ['moderators skip the first-time check and pre-moderation', 'hello', { author: moderatorAuthor, site: site({ moderation: 'pre' }) }, { status: 'approved', phase: 'default' }],
  ])('%s', async (_name, body, extra, decision) => {
    expect(await judge(pipelineContext(body, extra))).toMatchObject(decision);
  });

  it('asks no service about a comment an earlier phase already decided', async () => {
    const fetch = vi.fn(async () => new Response('false'));
    vi.stubGlobal('fetch', fetch);
    expect(await judge(pipelineContext('hello', { secrets: services, honeypot: 'bot' }))).toMatchObject({ phase: 'honeypot' });
    expect(await judge(pipelineContext('hello', { secrets: services, site: site({ moderation: 'first-time' }) }))).toMatchObject({ phase: 'first-time' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('files what the spam service calls spam even on a pre-moderated site, without asking the toxicity service', async () => {
    const fetch = vi.fn(async (url: string) => (url.includes('comment-check') ? new Response('true') : Response.json({ attributeScores: { TOXICITY: { summaryScore: { value: 0.1 } } } })));
    vi.stubGlobal('fetch', fetch);
    expect(await judge(pipelineContext('hello', { secrets: services, site: site({ moderation: 'pre' }) }))).toMatchObject({ status: 'spam', phase: 'spam-service', scores: { spam: 1 } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('asks the toxicity service after the spam service passes, and keeps both scores', async () => {
    const fetch = vi.fn(async (url: string) => (url.includes('comment-check') ? new Response('false') : Response.json({ attributeScores: { TOXICITY: { summaryScore: { value: 0.9 } } } })));
    vi.stubGlobal('fetch', fetch);
    expect(await judge(pipelineContext('hello', { secrets: services }))).toMatchObject({ status: 'pending', phase: 'toxicity-service', scores: { spam: 0, toxicity: 0.9 } });
    expect(fetch.mock.calls.map(([url]) => new URL(url).hostname)).toEqual(['spam.example', 'tox.example']);
  });
});
