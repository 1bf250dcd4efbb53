import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { CommentPrivate } from '../../../widget/src/client/moderator/client.ts';
import { queued, renderConsole } from './render-console.tsx';
import { afterPendingPromises } from '../settle.ts';

const about = (extra: Partial<CommentPrivate> = {}): CommentPrivate => ({
  email: 'ann@example.com',
  ip: '203.0.113.9',
  userAgent: null,
  decision: { phase: 'default', reason: 'passed every check' },
  scores: {},
  reports: { count: 0, reasons: {} },
  revisions: [],
  ...extra,
});

describe('what each queued comment shows', () => {
  it('shows the phase that held it, its scores, the thread with a link, and the parent of a reply', async () => {
    renderConsole({
      comments: [queued('p', 'The original point', { status: 'approved' }), queued('r', 'A heated reply', { parentId: 'p', rootId: 'p', depth: 1 })],
      privates: { r: about({ decision: { phase: 'suspect-words', reason: 'contains: idiot' }, scores: { spam: 0.12, toxicity: 0.81 } }) },
      threads: [{ id: 'thread-1', title: 'Harbor Street lanes', url: 'https://news.example/harbor', closed: false, premoderate: false, createdAt: 0, lastCommentAt: null }],
    });
    const item = await screen.findByRole('article', { name: 'Author r' });
    expect((await within(item).findByText('Suspect words')).parentElement!.textContent).toBe('When posted: Suspect words (contains: idiot)');
    expect(within(item).getByText('Spam score 12%')).toBeTruthy();
    expect(within(item).getByText('Toxicity 81%').className).toContain('high');
    expect(within(item).getByRole('link', { name: 'Harbor Street lanes' }).getAttribute('href')).toBe('https://news.example/harbor');
    // Held comments are not on the page yet: no link to them there.
    expect(within(item).queryByRole('link', { name: 'See it on the page' })).toBeNull();
    expect(within(item).getByText('The original point')).toBeTruthy();
    expect(within(item).getByText('Author p').closest('blockquote')).toBeTruthy();
  });

  it('shows report reasons and counts, and that reports held a published comment', async () => {
    renderConsole({
      comments: [queued('a', 'Students are lazy')],
      privates: { a: about({ reports: { count: 3, reasons: { abuse: 2, 'off-topic': 1 } } }) },
      reports: { a: [{ id: 'a_u1', uid: 'u1', reason: 'abuse', details: 'Insulting to students.', at: Date.now() - 60_000 }] },
      hash: '#/news/queue/reported',
    });
    const item = await screen.findByRole('article', { name: 'Author a' });
    expect(await within(item).findByText('Held for review after 3 reports')).toBeTruthy();
    expect(within(item).getByText('3 reports').parentElement!.textContent).toBe('3 reports: abuse × 2, off-topic × 1');
    expect(within(item).getByText('Insulting to students.')).toBeTruthy();
  });

  it('links a published comment to its place on the article page', async () => {
    renderConsole({
      comments: [queued('a', 'Cold reading room', { status: 'approved' })],
      threads: [{ id: 'thread-1', title: 'Library hours', url: 'https://news.example/library', closed: false, premoderate: false, createdAt: 0, lastCommentAt: null }],
      hash: '#/news/queue/all',
    });
    const item = await screen.findByRole('article', { name: 'Author a' });
    expect((await within(item).findByRole('link', { name: 'See it on the page' })).getAttribute('href')).toBe('https://news.example/library#comment-a');
  });

  it('lets a moderator keep a reported published comment, taking it out of the reported queue', async () => {
    const { client } = renderConsole({
      comments: [queued('a', 'Cold reading room', { status: 'approved' })],
      privates: { a: about({ reports: { count: 1, reasons: { 'off-topic': 1 } } }) },
      hash: '#/news/queue/reported',
    });
    client.hold();
    const item = await screen.findByRole('article', { name: 'Author a' });
    fireEvent.click(within(item).getByRole('button', { name: 'Keep, dismiss reports' }));
    expect(screen.queryByRole('article')).toBeNull();
    await waitFor(() => expect(client.calls).toEqual([{ name: 'moderateComments', data: { siteId: 'news', ids: ['a'], action: 'approve', reason: '' } }]));
  });

  it('keeps a kept report out of the reported queue when the server answers before the list drops it', async () => {
    const { client } = renderConsole({
      comments: [queued('a', 'Cold reading room', { status: 'approved' }), queued('b', 'Still reported', { status: 'approved' })],
      privates: { a: about({ reports: { count: 1, reasons: { 'off-topic': 1 } } }), b: about({ reports: { count: 2, reasons: { abuse: 2 } } }) },
      hash: '#/news/queue/reported',
    });
    const item = await screen.findByRole('article', { name: 'Author a' });
    // The callable answers while the live list still holds the comment, as Firestore may.
    client.pauseUpdates();
    fireEvent.click(within(item).getByRole('button', { name: 'Keep, dismiss reports' }));
    expect(screen.queryByRole('article', { name: 'Author a' })).toBeNull();
    await waitFor(() => expect(client.calls.map((call) => call.name)).toEqual(['moderateComments']));
    // The answer, and what the console does with it, come in promise continuations.
    await afterPendingPromises();
    expect(screen.queryByRole('article', { name: 'Author a' })).toBeNull();
    client.resumeUpdates();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByRole('article', { name: 'Author b' })).toBeTruthy();
  });

  it("shows the author's card: email, join date, provider, history and a current ban", async () => {
    renderConsole({
      comments: [queued('a', 'Buy now')],
      privates: { a: about() },
      users: [
        {
          uid: 'uid-a',
          name: 'Author a',
          provider: 'google.com',
          joinedAt: Date.parse('2026-03-02T12:00:00Z'),
          counts: { approved: 7, pending: 1, rejected: 2, spam: 4 },
          trusted: false,
          ban: { until: null, shadow: false, reason: 'Ads', by: 'mod-1', at: Date.now() },
        },
      ],
    });
    const card = await screen.findByRole('complementary', { name: 'About Author a' });
    expect(await within(card).findByText('ann@example.com')).toBeTruthy();
    expect(card.textContent).toContain('Google · joined');
    expect(card.textContent).toContain('2026');
    const counts = Object.fromEntries([...card.querySelectorAll('dl div')].map((entry) => [entry.querySelector('dt')!.textContent, entry.querySelector('dd')!.textContent]));
    expect(counts).toEqual({ approved: '7', pending: '1', rejected: '2', spam: '4' });
    expect(within(card).getByRole('note').textContent).toBe('Banned permanently: Ads');
  });

  it('keeps private details out of the page until they arrive, and says when an author has no history', async () => {
    renderConsole({ comments: [queued('a', 'New here')] });
    const card = await screen.findByRole('complementary', { name: 'About Author a' });
    expect(await within(card).findByText('No history on this site yet.')).toBeTruthy();
    expect(card.textContent).not.toContain('@');
  });
});
