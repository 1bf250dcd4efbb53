import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ThreadSummary } from '../../../widget/src/client/moderator/client.ts';
import { ParleyError } from '../../../widget/src/client/parley-error.ts';
import { queued, renderConsole } from './render-console.tsx';

const thread = (id: string, title: string, extra: Partial<ThreadSummary> = {}): ThreadSummary => ({
  id,
  title,
  url: `https://news.example/${id}`,
  closed: false,
  premoderate: false,
  createdAt: Date.now() - 86_400_000,
  lastCommentAt: null,
  ...extra,
});

describe('the threads page', () => {
  it('lists threads with their published and pending counts, linking the pending to its queue', async () => {
    renderConsole({
      hash: '#/news/threads',
      threads: [thread('t1', 'Bike lanes'), thread('t2', 'Library hours')],
      comments: [queued('a', 'x', { threadId: 't1', status: 'approved' }), queued('b', 'y', { threadId: 't1' }), queued('c', 'z', { threadId: 't1' })],
    });
    const row = (await screen.findByRole('link', { name: 'Bike lanes' })).closest('tr')!;
    await waitFor(() => expect([...row.querySelectorAll('td.num')].map((cell) => cell.textContent)).toEqual(['1', '2']));
    expect(row.querySelector('td.num a')!.getAttribute('href')).toBe('#/news/queue/pending/t1');
  });

  it('closes a thread and pre-moderates another', async () => {
    const { client } = renderConsole({ hash: '#/news/threads', threads: [thread('t1', 'Bike lanes'), thread('t2', 'Library hours')] });
    fireEvent.click(await screen.findByLabelText('Closed: Bike lanes'));
    fireEvent.click(screen.getByLabelText('Pre-moderate: Library hours'));
    await waitFor(() => expect(client.calls).toHaveLength(2));
    expect(client.calls).toEqual([
      { name: 'setThreadState', data: { siteId: 'news', threadId: 't1', closed: true } },
      { name: 'setThreadState', data: { siteId: 'news', threadId: 't2', premoderate: true } },
    ]);
    await waitFor(() => expect((screen.getByLabelText('Closed: Bike lanes') as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText('Pre-moderate: Library hours') as HTMLInputElement).checked).toBe(true);
  });

  it('labels each switch with what ticking it means, ticked or not', async () => {
    renderConsole({ hash: '#/news/threads', threads: [thread('t1', 'Bike lanes'), thread('t2', 'Library hours', { closed: true, premoderate: true })] });
    await screen.findByRole('link', { name: 'Library hours' });
    const labels = (title: string) => [...screen.getByRole('link', { name: title }).closest('tr')!.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels('Bike lanes')).toEqual(['Closed', 'Hold every comment']);
    expect(labels('Library hours')).toEqual(['Closed', 'Hold every comment']);
  });

  it('reopens a closed thread, and puts the switch back when that fails', async () => {
    const { client } = renderConsole({ hash: '#/news/threads', threads: [thread('t1', 'Bike lanes', { closed: true })] });
    client.failNext(new ParleyError('thread-not-found'));
    const box = (await screen.findByLabelText('Closed: Bike lanes')) as HTMLInputElement;
    fireEvent.click(box);
    expect((await screen.findByRole('alert')).textContent).toBe('The change was not saved: That thread no longer exists.');
    expect(box.checked).toBe(true);
  });
});

describe('the threads page of a site with many threads', () => {
  const many = (n: number) => Array.from({ length: n }, (_, index) => thread(`t${index + 1}`, `Article ${index + 1}`, { createdAt: Date.parse('2026-01-01T00:00:00Z') + index * 3_600_000 }));
  const titles = () => screen.getAllByRole('row').slice(1).map((row) => row.querySelector('th a')!.textContent);

  it('lists the newest 50 and shows older ones on request, until there are none', async () => {
    const { client } = renderConsole({ hash: '#/news/threads', threads: many(120) });
    await screen.findByRole('link', { name: 'Article 120' });
    expect(titles()).toHaveLength(50);
    expect(titles()[49]).toBe('Article 71');
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByRole('link', { name: 'Article 21' });
    expect(titles()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByRole('link', { name: 'Article 1' });
    expect(titles()).toEqual(Array.from({ length: 120 }, (_, index) => `Article ${120 - index}`));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(client.threadReads).toEqual(['watch', 'list after t71', 'list after t21']);
  });

  it('closes and pre-moderates an old thread from an older page', async () => {
    const { client } = renderConsole({ hash: '#/news/threads', threads: many(60) });
    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));
    fireEvent.click(await screen.findByLabelText('Closed: Article 3'));
    await waitFor(() => expect(client.calls).toEqual([{ name: 'setThreadState', data: { siteId: 'news', threadId: 't3', closed: true } }]));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Article 3' }).closest('tr')!.getAttribute('aria-busy')).toBe('false'));
    expect((screen.getByLabelText('Closed: Article 3') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Pre-moderate: Article 3'));
    await waitFor(() => expect(client.calls).toHaveLength(2));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Article 3' }).closest('tr')!.getAttribute('aria-busy')).toBe('false'));
    expect((screen.getByLabelText('Closed: Article 3') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Pre-moderate: Article 3') as HTMLInputElement).checked).toBe(true);
  });

  it('keeps a thread that a new one pushes out of the newest page, so paging leaves no gap', async () => {
    const { client } = renderConsole({ hash: '#/news/threads', threads: many(60) });
    await screen.findByRole('link', { name: 'Article 60' });
    client.putThread(thread('t61', 'Article 61', { createdAt: Date.parse('2026-02-01T00:00:00Z') }));
    await screen.findByRole('link', { name: 'Article 61' });
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByRole('link', { name: 'Article 1' });
    expect(titles()).toEqual(Array.from({ length: 61 }, (_, index) => `Article ${61 - index}`));
  });
});
