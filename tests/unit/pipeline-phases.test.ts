import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { SETTINGS_DEFAULTS, SITE_DEFAULTS } from '../../functions/src/sites/site-config.ts';
import { NOW, pipelineContext, standing } from '../support/pipeline-context.ts';
import { judge, type PipelineContext } from '../../functions/src/moderation/pipeline.ts';
import { authorBanned } from '../../functions/src/moderation/phases/author-banned.ts';
import { duplicate } from '../../functions/src/moderation/phases/duplicate.ts';
import { firstTime } from '../../functions/src/moderation/phases/first-time.ts';
import { honeypot } from '../../functions/src/moderation/phases/honeypot.ts';
import { linkLimit } from '../../functions/src/moderation/phases/link-limit.ts';
import { moderationMode } from '../../functions/src/moderation/phases/moderation-mode.ts';
import { reservedName } from '../../functions/src/moderation/phases/reserved-name.ts';
import { shape } from '../../functions/src/moderation/phases/shape.ts';
import { reserve } from '../../functions/src/sites/reserved-names.ts';
import { threadClosed } from '../../functions/src/moderation/phases/thread-closed.ts';
import { bannedWords, suspectWords } from '../../functions/src/moderation/phases/words.ts';
import { textHash } from '../../functions/src/comments/author-view.ts';

/** A guest's new comment as the other phase tests describe it, on an unknown thread, with the site's default settings. */
const context = (body: string, extra: Partial<PipelineContext> = {}): PipelineContext =>
  pipelineContext(body, { settings: SETTINGS_DEFAULTS, thread: null, ip: '203.0.113.7', ...extra });

/** The Parley error code a phase refused with, or null when it did not refuse. */
function refusal(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { details?: { code?: string } }).details?.code ?? 'not a refusal';
  }
}

describe('length and shape', () => {
  it('refuses a body longer than the site allows', () => {
    expect(refusal(() => shape(context('x'.repeat(101), { site: { ...SITE_DEFAULTS, maxLength: 100 } })))).toBe('body-too-long');
  });
  it('passes a body at the limit', () => {
    expect(refusal(() => shape(context('x'.repeat(100), { site: { ...SITE_DEFAULTS, maxLength: 100 } })))).toBeNull();
  });
});

describe('thread closed', () => {
  it('refuses a comment on a closed thread', () => {
    const thread = { siteId: 's', key: 'k', url: 'u', title: 't', closed: true, premoderate: false, createdAt: Timestamp.now(), lastCommentAt: null };
    expect(refusal(() => threadClosed(context('hi', { thread })))).toBe('thread-closed');
  });
});

describe('author banned', () => {
  it('refuses a banned author', () => {
    const ban = { until: null, shadow: false, reason: 'abuse', by: 'm', at: Timestamp.fromMillis(NOW - 1000) };
    expect(refusal(() => authorBanned(context('hi', { siteUser: standing({ ban }) })))).toBe('user-banned');
  });
  it('files a shadow-banned author as spam', () => {
    const ban = { until: null, shadow: true, reason: 'troll', by: 'm', at: Timestamp.fromMillis(NOW - 1000) };
    expect(authorBanned(context('hi', { siteUser: standing({ ban }) }))).toMatchObject({ status: 'spam', phase: 'author-banned' });
  });
  it('lets an author in once a temporary ban has ended', () => {
    const ban = { until: Timestamp.fromMillis(NOW - 1), shadow: false, reason: 'cool off', by: 'm', at: Timestamp.fromMillis(NOW - 3_600_000) };
    expect(authorBanned(context('hi', { siteUser: standing({ ban }) }))).toBeUndefined();
  });
});

describe('reserved names', () => {
  const settings = { ...SETTINGS_DEFAULTS, reservedNames: { 'sam moderator': 'sam-uid', 'kim editor': 'kim-uid' } };
  const as = (name: string, uid: string, badges: Array<'owner' | 'moderator'> = []) =>
    context('hi', { settings, author: { card: { uid, name, avatar: null, provider: 'email', badges }, email: null, website: '' } });

  it.each<[string, PipelineContext, string | null]>([
    ['a guest under a disguised staff name', as('SAM  Moderatör', 'guest-uid'), 'name-reserved'],
    ['a moderator under another moderator’s name', as('Kim Editor', 'sam-uid', ['moderator']), 'name-reserved'],
    ['the holder under their own name', as('Sam Moderator', 'sam-uid', ['moderator']), null],
    ['anyone under a free name', as('Ann', 'guest-uid'), null],
  ])('%s', (_name, input, code) => {
    expect(refusal(() => reservedName(input))).toBe(code);
  });

  const bill = { ...SETTINGS_DEFAULTS, reservedNames: { bill: 'bill-uid', 'will smith': 'will-uid' } };
  const posting = (name: string, uid = 'guest-uid') => context('hi', { settings: bill, author: { card: { uid, name, avatar: null, provider: 'guest', badges: [] }, email: null, website: '' } });
  it.each<[string, string, string | null]>([
    ['capital I for small l', 'BiII', 'name-reserved'],
    ['the digit 1 for l', 'Bi11', 'name-reserved'],
    ['a pipe for l', 'Bi|l', 'name-reserved'],
    ['"vv" for "w"', 'VViII Smith', 'name-reserved'],
    ['a name only near it', 'Bell', null],
    ['a longer name', 'Billy', null],
  ])('a guest under a staff name written with %s (%s)', (_name, name, code) => {
    expect(refusal(() => reservedName(posting(name)))).toBe(code);
  });
  it('lets the holder post under a look-alike of their own name', () => {
    expect(refusal(() => reservedName(posting('BILL', 'bill-uid')))).toBeNull();
  });

  it('frees a holder’s earlier name when they take a new one, and never takes another’s', () => {
    expect(reserve({ 'sam moderator': 'sam', kim: 'kim' }, 'sam', 'Samantha')).toEqual({ next: { kim: 'kim', samantha: 'sam' }, taken: false });
    expect(reserve({ kim: 'kim' }, 'sam', 'KIM')).toEqual({ next: { kim: 'kim' }, taken: true });
    expect(reserve({ kim: 'kim' }, 'sam', 'K1m')).toEqual({ next: { kim: 'kim' }, taken: true });
    expect(reserve({ bill: 'bill' }, 'sam', 'BiII')).toEqual({ next: { bill: 'bill' }, taken: true });
    expect(reserve({ bill: 'bill' }, 'bill', 'BiII')).toEqual({ next: { biii: 'bill' }, taken: false });
    expect(reserve({ sam: 'sam', kim: 'kim' }, 'sam', null)).toEqual({ next: { kim: 'kim' }, taken: false });
  });
});

describe('duplicate', () => {
  it("refuses the same text (up to case and spacing) as the author's recent comment", () => {
    const recent = [{ at: NOW - 60_000, hash: textHash('Great  ARTICLE!') }];
    expect(refusal(() => duplicate(context('great article', { siteUser: standing({ recent }) })))).toBe('duplicate-comment');
  });
  it('allows the same text again after the window', () => {
    const recent = [{ at: NOW - 3_600_000, hash: textHash('great article') }];
    expect(refusal(() => duplicate(context('great article', { siteUser: standing({ recent }) })))).toBeNull();
  });
});

describe('link limit', () => {
  it('holds a comment with three links for review when the limit is two', () => {
    const body = '[a](https://a.example) https://b.example www.c-example.com';
    expect(linkLimit(context(body))).toMatchObject({ status: 'pending', phase: 'link-limit' });
  });
  it('passes a comment with two links', () => {
    expect(linkLimit(context('[a](https://a.example) and https://b.example'))).toBeUndefined();
  });
});

describe('banned and suspect words', () => {
  const settings = { ...SETTINGS_DEFAULTS, bannedWords: ['scam'], suspectWords: ['crypto'] };
  it('refuses a banned word even disguised', () => {
    expect(refusal(() => bannedWords(context('total ѕ\u200Bсам', { settings })))).toBe('comment-rejected');
  });
  it('holds a suspect word for review', () => {
    expect(suspectWords(context('buy CRYPTÖ', { settings }))).toMatchObject({ status: 'pending', phase: 'suspect-words' });
  });
  it.each([
    ['emphasis around a letter', 'a **s**cam indeed'],
    ['a character reference', 'a s&#99;am indeed'],
    ['a named character reference', 'a sc&alpha;m indeed'],
    ['a link around part of the word', 'a [sc](https://x.example)am indeed'],
    ['inline code in the middle', 'a sc`a`m indeed'],
  ])('refuses a banned word that Markdown splits in the source but renders whole: %s', (_name, body) => {
    expect(refusal(() => bannedWords(context(body, { settings })))).toBe('comment-rejected');
  });
  it('holds a suspect word that Markdown splits in the source', () => {
    expect(suspectWords(context('buy **cry**pto', { settings }))).toMatchObject({ status: 'pending', phase: 'suspect-words', reason: 'contains: crypto' });
  });
  it('does not take words Markdown keeps apart for one word', () => {
    expect(refusal(() => bannedWords(context('sc\n\nam: two paragraphs', { settings })))).toBeNull();
    expect(refusal(() => bannedWords(context('- sc\n- am', { settings })))).toBeNull();
  });
});

describe('honeypot', () => {
  it('files a comment with the hidden field filled as spam', () => {
    expect(honeypot(context('hi', { honeypot: 'http://bot.example' }))).toMatchObject({ status: 'spam', phase: 'honeypot' });
  });
});

describe('first-time commenter', () => {
  const site = { ...SITE_DEFAULTS, moderation: 'first-time' as const };
  it('holds a first comment when the site asks', () => {
    expect(firstTime(context('hi', { site }))).toMatchObject({ status: 'pending', phase: 'first-time' });
  });
  it('passes an author with an approved comment', () => {
    expect(firstTime(context('hi', { site, siteUser: standing({ counts: { approved: 1, pending: 0, rejected: 0, spam: 0 } }) }))).toBeUndefined();
  });
  it('passes a trusted author', () => {
    expect(firstTime(context('hi', { site, siteUser: standing({ trusted: true }) }))).toBeUndefined();
  });
});

describe('moderation mode', () => {
  it('holds every comment under full pre-moderation', () => {
    expect(moderationMode(context('hi', { site: { ...SITE_DEFAULTS, moderation: 'pre' } }))).toMatchObject({ status: 'pending' });
  });
  it('lets moderators through', () => {
    const author = { card: { uid: 'm', name: 'Mod', avatar: null, provider: 'email' as const, badges: ['moderator' as const] }, email: null, website: '' };
    expect(moderationMode(context('hi', { site: { ...SITE_DEFAULTS, moderation: 'pre' }, author }))).toBeUndefined();
  });
});

describe('the pipeline', () => {
  it('stops at the first phase that decides', async () => {
    const seen: string[] = [];
    const decision = await judge(context('hi'), [
      ['a', () => void seen.push('a')],
      ['b', () => (seen.push('b'), { status: 'pending', phase: 'b', reason: 'held' })],
      ['c', () => void seen.push('c')],
    ]);
    expect(decision).toMatchObject({ status: 'pending', phase: 'b' });
    expect(seen).toEqual(['a', 'b']);
  });

  it('approves what no phase decides, keeping scores phases reported', async () => {
    const decision = await judge(context('hi'), [['score', () => ({ status: 'approved', phase: 'score', reason: 'fine', scores: { toxicity: 0.1 } })]]);
    expect(decision).toMatchObject({ status: 'approved', phase: 'default', scores: { toxicity: 0.1 } });
  });
});
