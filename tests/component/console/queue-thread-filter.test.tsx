import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ThreadSummary } from '../../../widget/src/client/moderator/client.ts';
import { queued, renderConsole } from './render-console.tsx';

const threads = (n: number): ThreadSummary[] =>
  Array.from({ length: n }, (_, index) => ({
    id: `t${index + 1}`,
    title: index === 0 ? 'Harbor Street lanes, the first article' : `Article ${index + 1}`,
    url: `https://news.example/${index + 1}`,
    closed: false,
    premoderate: false,
    createdAt: Date.parse('2026-01-01T00:00:00Z') + index * 3_600_000,
    lastCommentAt: null,
  }));

describe("the queue's thread filter", () => {
  it('reads no thread list until it is opened, then one page, once, and no listener', async () => {
    const { client } = renderConsole({ threads: threads(120), comments: [queued('a', 'Held', { threadId: 't120' })] });
    await screen.findByText('Held');
    expect(client.threadReads).toEqual([]);
    const picker = screen.getByRole('combobox', { name: 'Thread' });
    fireEvent.focus(picker);
    const list = await screen.findByRole('listbox', { name: 'Threads' });
    await within(list).findByRole('option', { name: 'Article 120' });
    expect(within(list).getAllByRole('option')).toHaveLength(52);
    fireEvent.keyDown(picker, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.click(picker);
    await screen.findByRole('option', { name: 'Article 71' });
    expect(client.threadReads).toEqual(['list after none']);
  });

  it('reaches the oldest thread of a long list by typing and reading older threads on demand', async () => {
    const { client, win } = renderConsole({
      threads: threads(120),
      comments: [queued('a', 'On the newest', { threadId: 't120' }), queued('b', 'On the oldest', { threadId: 't1' })],
    });
    await screen.findByText('On the oldest');
    const picker = screen.getByRole('combobox', { name: 'Thread' }) as HTMLInputElement;
    fireEvent.focus(picker);
    await screen.findByRole('option', { name: 'Article 120' });
    fireEvent.input(picker, { target: { value: 'harbor' } });
    expect(screen.getByText('No thread read so far matches; older threads may.').getAttribute('role')).toBe('status');
    // Older threads, by keyboard: the last option reads the next page.
    fireEvent.keyDown(picker, { key: 'ArrowDown' });
    expect(picker.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Show older threads' }).id);
    fireEvent.keyDown(picker, { key: 'Enter' });
    await waitFor(() => expect(client.threadReads).toEqual(['list after none', 'list after t71']));
    fireEvent.click(await screen.findByRole('option', { name: 'Show older threads' }));
    const oldest = await screen.findByRole('option', { name: 'Harbor Street lanes, the first article' });
    expect(screen.queryByRole('option', { name: 'Show older threads' })).toBeNull();
    fireEvent.click(oldest);
    expect(win.location.hash).toBe('#/news/queue/pending/t1');
    await waitFor(() => expect(screen.queryByText('On the newest')).toBeNull());
    expect(screen.getByText('On the oldest')).toBeTruthy();
    expect(picker.value).toBe('Harbor Street lanes, the first article');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('shows the title of a thread named by the address, and goes back to all threads', async () => {
    const { win } = renderConsole({ hash: '#/news/queue/pending/t1', threads: threads(3), comments: [queued('a', 'On one', { threadId: 't1' }), queued('b', 'On three', { threadId: 't3' })] });
    const picker = (await screen.findByRole('combobox', { name: 'Thread' })) as HTMLInputElement;
    await waitFor(() => expect(picker.value).toBe('Harbor Street lanes, the first article'));
    fireEvent.focus(picker);
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect(win.location.hash).toBe('#/news/queue/pending');
    expect(await screen.findByText('On three')).toBeTruthy();
    expect(picker.value).toBe('');
  });
});
