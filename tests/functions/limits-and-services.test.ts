import { Timestamp } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CreateCommentResult } from '../../core/src/api.ts';
import { admin } from '../support/admin.ts';
import { call, signUpAnonymous, type TestUser } from '../support/emulator.ts';
import { useFakeService } from '../support/fake-service.ts';
import { countDocs, newComment, post, read, resetWithSite, setSettings } from '../support/fixtures.ts';

const MINUTE = 60_000;

beforeEach(() => resetWithSite());

describe("the author's hourly limit (default: 30 an hour)", () => {
  it('takes the 30th comment of the hour and refuses the 31st, not counting older ones', async () => {
    const guest = await signUpAnonymous();
    await post(guest, { body: 'The first' });
    // 28 more earlier in the hour (never two in a minute), and ten from before it.
    const now = Date.now();
    const earlier = [
      ...Array.from({ length: 10 }, (_, i) => ({ at: now - 61 * MINUTE - i * MINUTE, hash: `old-${i}` })),
      ...Array.from({ length: 28 }, (_, i) => ({ at: now - 58 * MINUTE + i * 2 * MINUTE, hash: `hour-${i}` })),
    ];
    const standing = admin().db.doc(`siteUsers/news_${guest.uid}`);
    await standing.update({ recent: [...earlier, ...(await read<{ recent: unknown[] }>(standing.path))!.recent] });

    expect(await call('createComment', newComment({ body: 'The thirtieth' }), guest)).toMatchObject({ ok: true });
    expect(await call('createComment', newComment({ body: 'The thirty-first' }), guest)).toMatchObject({ ok: false, code: 'rate-limited', status: 'RESOURCE_EXHAUSTED' });
    expect(await countDocs('comments')).toBe(2);
    // Another author is not held back by this one's posts.
    expect(await call('createComment', newComment({ body: 'Someone else' }), await signUpAnonymous())).toMatchObject({ ok: true });
  });

  it("applies the site's own hourly limit", async () => {
    await setSettings('news', { rateLimits: { userPerMinute: 100, userPerHour: 3 } });
    const guest = await signUpAnonymous();
    for (let i = 0; i < 3; i++) expect(await call('createComment', newComment({ body: `Comment ${i}` }), guest)).toMatchObject({ ok: true });
    expect(await call('createComment', newComment({ body: 'One more' }), guest)).toMatchObject({ ok: false, code: 'rate-limited' });
    expect(await countDocs('comments')).toBe(3);
  });
});

describe('the per-IP hourly limit', () => {
  const IP = '198.51.100.44';
  // As Google's front end forwards it: "<whatever the client sent>, <client>, <load balancer>".
  const from = (ip: string) => ({ 'x-forwarded-for': `10.0.0.1, ${ip}, 35.191.0.1` });
  const postFrom = async (ip: string, body: string, user?: TestUser) => call('createComment', newComment({ body }), user ?? (await signUpAnonymous()), from(ip));

  it('counts comments from the address over the last hour, across authors, and refuses past the limit', async () => {
    await setSettings('news', { rateLimits: { ipPerMinute: 10, ipPerHour: 2 } });
    // One comment from this address half an hour ago (outside the minute), one from over an hour ago.
    const seen = (minutesAgo: number) => ({ siteId: 'news', threadId: 't', authorUid: 'x', email: null, ip: IP, network: `ip_${IP}`, userAgent: null, createdAt: Timestamp.fromMillis(Date.now() - minutesAgo * MINUTE) });
    await admin().db.doc('commentPrivate/earlier').set(seen(30));
    await admin().db.doc('commentPrivate/much-earlier').set(seen(61));

    expect(await postFrom(IP, 'first of the hour here')).toMatchObject({ ok: true });
    expect(await postFrom(IP, 'third of the hour')).toMatchObject({ ok: false, code: 'rate-limited' });
    expect(await postFrom('203.0.113.8', 'another address')).toMatchObject({ ok: true });
    expect(await countDocs('comments')).toBe(2);
  });

  it('counts an IPv6 client by its /64 network: a new address in the same network does not start afresh', async () => {
    await setSettings('news', { rateLimits: { ipPerMinute: 2, ipPerHour: 60 } });
    expect(await postFrom('2001:db8:7:1::10', 'first from this network')).toMatchObject({ ok: true });
    expect(await postFrom('2001:db8:7:1:aaaa:bbbb:cccc:dddd', 'second, from another address in it')).toMatchObject({ ok: true });
    expect(await postFrom('2001:0db8:0007:0001::ffff', 'third, written out in full')).toMatchObject({ ok: false, code: 'rate-limited' });
    expect(await postFrom('2001:db8:7:2::10', 'a neighbouring network')).toMatchObject({ ok: true });
    expect(await countDocs('comments')).toBe(3);
  });

  it('applies the default of 60 an hour', async () => {
    const seen = Array.from({ length: 60 }, (_, i) => ({ siteId: 'news', threadId: 't', authorUid: `x${i}`, email: null, ip: IP, network: `ip_${IP}`, userAgent: null, createdAt: Timestamp.fromMillis(Date.now() - (5 + i * 0.5) * MINUTE) }));
    const batch = admin().db.batch();
    seen.forEach((doc, i) => batch.set(admin().db.doc(`commentPrivate/seen-${i}`), doc));
    await batch.commit();
    expect(await postFrom(IP, 'the sixty-first')).toMatchObject({ ok: false, code: 'rate-limited' });
    await admin().db.doc('commentPrivate/seen-59').delete();
    expect(await postFrom(IP, 'the sixtieth')).toMatchObject({ ok: true });
  });
});

describe('a site with only a toxicity service', () => {
  const service = useFakeService((_request, body, response) => {
    const text = (JSON.parse(body) as { comment: { text: string } }).comment.text;
    if (text.includes('broken')) return void response.writeHead(503).end('unavailable');
    if (text.includes('slow')) return void setTimeout(() => response.end(JSON.stringify({ attributeScores: { TOXICITY: { summaryScore: { value: 0.01 } } } })), 5000);
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ attributeScores: { TOXICITY: { summaryScore: { value: 0.02 } } } }));
  });

  beforeEach(async () => {
    await admin().db.doc('sites/news/private/secrets').set({ toxicity: { endpoint: service.origin, key: 'perspective-key', threshold: 0.8 } });
  });

  async function outcome(body: string) {
    const result = await call<CreateCommentResult>('createComment', newComment({ body }), await signUpAnonymous());
    if (!result.ok) throw new Error(result.code);
    const { comment, threadId } = result.data;
    const [stored, secret, actions, feed] = await Promise.all([
      read<{ status: string; visible: boolean }>(`comments/${comment.id}`),
      read<{ decision: { phase: string } }>(`commentPrivate/${comment.id}`),
      admin().db.collection('moderationActions').where('commentId', '==', comment.id).get(),
      countDocs(`threads/${threadId}/changes`),
    ]);
    return { status: stored!.status, visible: stored!.visible, phase: secret!.decision.phase, actions: actions.docs.map((doc) => doc.data().action), feed };
  }

  it('approves what it scores low', async () => {
    expect(await outcome('A kind word')).toEqual({ status: 'approved', visible: true, phase: 'default', actions: ['approve'], feed: 1 });
  });

  it('holds the comment out of the thread when the service errs', async () => {
    expect(await outcome('a broken service')).toEqual({ status: 'pending', visible: false, phase: 'toxicity-service', actions: ['hold'], feed: 0 });
  });

  it('holds the comment when the service does not answer within 3 seconds', async () => {
    const started = Date.now();
    expect(await outcome('a slow service')).toEqual({ status: 'pending', visible: false, phase: 'toxicity-service', actions: ['hold'], feed: 0 });
    expect(Date.now() - started).toBeLessThan(4900);
  }, 20_000);
});
