import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ThreadSummary } from '../../../widget/src/client/moderator-client.ts';
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
