import { beforeEach, describe, expect, it } from 'vitest';
import type { CreateCommentResult } from '../../core/src/api.ts';
import { admin } from '../support/admin.ts';
import { useFakeService } from '../support/fake-service.ts';
import { call, signUpAnonymous } from '../support/emulator.ts';
import { GENEROUS_LIMITS, newComment, read, resetWithSite, setSettings } from '../support/fixtures.ts';

/** A stand-in for Akismet and Perspective, answering by what the comment says. */
const seen: Array<{ path: string; body: string }> = [];
const service = useFakeService((request, body, response) => {
  seen.push({ path: request.url ?? '', body });
  const text = decodeURIComponent(body);
  const reply = () => {
    if (text.includes('broken')) return response.writeHead(500).end('oops');
    if (request.url?.startsWith('/akismet/1.1/comment-check')) return response.end(text.includes('viagra') ? 'true' : 'false');
    const toxicity = text.includes('idiot') ? 0.93 : 0.04;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ attributeScores: { TOXICITY: { summaryScore: { value: toxicity } } } }));
  };
  if (text.includes('slow')) setTimeout(reply, 5000);
  else reply();
});

beforeEach(async () => {
  await resetWithSite();
  await setSettings('news', GENEROUS_LIMITS);
  seen.length = 0;
  await admin()
    .db.doc('sites/news/private/secrets')
    .set({
      spam: { endpoint: `${service.origin}/akismet`, key: 'akismet-key', blog: 'https://news.example.com' },
      toxicity: { endpoint: `${service.origin}/perspective`, key: 'perspective-key', threshold: 0.8 },
    });
});

async function statusOf(body: string): Promise<{ answered: string; stored: string; phase: string; scores: Record<string, number> }> {
  const result = await call<CreateCommentResult>('createComment', newComment({ body }), await signUpAnonymous());
  if (!result.ok) throw new Error(result.code);
  const stored = await read<{ status: string }>(`comments/${result.data.comment.id}`);
  const secret = await read<{ decision: { phase: string }; scores: Record<string, number> }>(`commentPrivate/${result.data.comment.id}`);
  return { answered: result.data.comment.status, stored: stored!.status, phase: secret!.decision.phase, scores: secret!.scores };
}

describe('spam and toxicity services', () => {
  it('approves what both services pass, keeping their scores for moderators', async () => {
    expect(await statusOf('A calm and reasonable point')).toEqual({ answered: 'approved', stored: 'approved', phase: 'default', scores: { spam: 0, toxicity: 0.04 } });
    const akismet = seen.find((request) => request.path.startsWith('/akismet'))!;
    expect(new URLSearchParams(akismet.body).get('api_key')).toBe('akismet-key');
    expect(new URLSearchParams(akismet.body).get('comment_author_email')).toBe('ann@example.com');
    expect(seen.some((request) => request.path === '/perspective/v1alpha1/comments:analyze?key=perspective-key')).toBe(true);
  });

  it('files what the spam service calls spam, answering the author as if approved', async () => {
    expect(await statusOf('cheap viagra here')).toMatchObject({ answered: 'approved', stored: 'spam', phase: 'spam-service' });
  });

  it('holds a comment scored toxic at or above the threshold', async () => {
    expect(await statusOf('you idiot')).toMatchObject({ stored: 'pending', phase: 'toxicity-service', scores: { toxicity: 0.93 } });
  });

  it('holds the comment, never approves it, when a service errs', async () => {
    expect(await statusOf('a broken day')).toMatchObject({ stored: 'pending', phase: 'spam-service' });
  });

  it('holds the comment when a service times out', async () => {
    expect(await statusOf('a slow day')).toMatchObject({ stored: 'pending', phase: 'spam-service' });
  }, 20_000);

  it('asks no service when none is configured', async () => {
    await admin().db.doc('sites/news/private/secrets').delete();
    expect(await statusOf('cheap viagra here')).toMatchObject({ stored: 'approved' });
    expect(seen).toEqual([]);
  });
});
