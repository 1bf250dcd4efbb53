import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { queued, renderConsole } from './render-console.tsx';

describe('a live queue', () => {
  it('shows a new held comment without reload and counts it in the tab and the title', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Already here')] });
    await screen.findByText('Already here');
    await waitFor(() => expect(document.title).toBe('(1) Pending · news · Parley moderation'));
    client.put(queued('b', 'Just posted'));
    await screen.findByText('Just posted');
    await waitFor(() => expect(document.title).toBe('(2) Pending · news · Parley moderation'));
    expect(screen.getByRole('link', { name: /Pending/ }).textContent).toBe('Pending2');
  });

  it('counts the queues once the first page is in (when: tests/unit/queue-sizes.test.ts)', async () => {
    renderConsole({ comments: [queued('a', 'Already here')] });
    await screen.findByText('Already here');
    await waitFor(() => expect(screen.getByRole('link', { name: /Pending/ }).textContent).toBe('Pending1'));
  });

  it('drops a comment another moderator decided on', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Contested'), queued('b', 'Other')] });
    await screen.findByText('Contested');
    client.put({ ...client.comments.get('a')!, status: 'approved' });
    await waitFor(() => expect(screen.queryByText('Contested')).toBeNull());
  });

  it('lists oldest first on request, and filters by author from the card', async () => {
    const { win } = renderConsole({ comments: [queued('a', 'Early'), queued('b', 'Late'), queued('c', 'Later', { author: { uid: 'uid-a', name: 'Author a', avatar: null, provider: 'guest', badges: [] } })] });
    await screen.findByText('Early');
    const texts = () => screen.getAllByRole('article').map((item) => item.querySelector('.body')!.textContent);
    expect(texts()).toEqual(['Later', 'Late', 'Early']);
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'oldest' } });
    await waitFor(() => expect(texts()).toEqual(['Early', 'Late', 'Later']));
    fireEvent.click(screen.getAllByRole('button', { name: 'All comments by Author a' })[0]!);
    await waitFor(() => expect(texts()).toEqual(['Early', 'Later']));
    expect(screen.getByText('Author: Author a')).toBeTruthy();
    expect(win.location.hash).toBe('#/news/queue/pending?author=uid-a');
  });

  it('reads the author filter from the address, keeps it across queues, and drops it from the chip', async () => {
    const ann = { uid: 'uid-ann', name: 'Ann', avatar: null, provider: 'guest' as const, badges: [] };
    const { win, shell } = renderConsole({
      hash: '#/news/queue/pending?author=uid-ann',
      comments: [queued('a', 'By someone else'), queued('b', 'Spam by Ann', { author: ann, status: 'spam' })],
      users: [{ uid: 'uid-ann', name: 'Ann', provider: 'guest', joinedAt: 0, counts: { approved: 0, pending: 0, rejected: 0, spam: 1 }, trusted: false, ban: null }],
    });
    // Nothing of Ann's is pending: the chip's name comes from her standing on the site.
    expect(await screen.findByText('Author: Ann')).toBeTruthy();
    await screen.findByText('Nothing in pending. All clear.');
    expect(screen.getByRole('link', { name: /Spam/ }).getAttribute('href')).toBe('#/news/queue/spam?author=uid-ann');
    shell.navigate({ queue: 'spam' });
    expect(await screen.findByText('Spam by Ann')).toBeTruthy();
    expect(win.location.hash).toBe('#/news/queue/spam?author=uid-ann');
    fireEvent.click(screen.getByRole('button', { name: 'Show every author, not only Ann' }));
    expect(win.location.hash).toBe('#/news/queue/spam');
    expect(screen.queryByText('Author: Ann')).toBeNull();
    win.location.hash = '#/news/queue/pending?author=uid-ann';
    await waitFor(() => expect(screen.queryByText('By someone else')).toBeNull());
    expect(screen.getByText('Author: Ann')).toBeTruthy();
  });

  it('filters by thread through the address, so the filtered queue has a link', async () => {
    const { win } = renderConsole({
      comments: [queued('a', 'On one'), queued('b', 'On two', { threadId: 'thread-2' })],
      threads: [
        { id: 'thread-1', title: 'One', url: 'https://x.example/1', closed: false, premoderate: false, createdAt: 0, lastCommentAt: null },
        { id: 'thread-2', title: 'Two', url: 'https://x.example/2', closed: false, premoderate: false, createdAt: 0, lastCommentAt: null },
      ],
    });
    await screen.findByText('On two');
    const picker = screen.getByRole('combobox', { name: 'Thread' });
    fireEvent.focus(picker);
    fireEvent.click(await screen.findByRole('option', { name: 'Two' }));
    expect(win.location.hash).toBe('#/news/queue/pending/thread-2');
    expect((picker as HTMLInputElement).value).toBe('Two');
    await waitFor(() => expect(screen.queryByText('On one')).toBeNull());
    expect(screen.getByText('On two')).toBeTruthy();
  });

  it("counts the tabs and the title for the thread and author filtered on, not the whole site", async () => {
    const bo = { uid: 'uid-bo', name: 'Bo', avatar: null, provider: 'guest' as const, badges: [] };
    const { shell } = renderConsole({
      comments: [
        queued('a', 'Elsewhere'),
        queued('b', 'Here one', { threadId: 'thread-2' }),
        queued('c', 'Here two', { threadId: 'thread-2', author: bo }),
        queued('d', 'Here spam', { threadId: 'thread-2', status: 'spam' }),
        queued('e', 'Spam elsewhere', { status: 'spam', author: bo }),
      ],
    });
    const tabCounts = () => screen.getAllByRole('link').filter((link) => link.closest('.tabs')).map((link) => link.textContent);
    await waitFor(() => expect(tabCounts()).toEqual(['Pending3', 'Reported0', 'Spam2', 'Rejected0', 'All']));
    shell.navigate({ thread: 'thread-2' });
    await waitFor(() => expect(tabCounts()).toEqual(['Pending2', 'Reported0', 'Spam1', 'Rejected0', 'All']));
    await waitFor(() => expect(document.title).toBe('(2) Pending · news · Parley moderation'));
    shell.navigate({ author: 'uid-bo' });
    await waitFor(() => expect(tabCounts()).toEqual(['Pending1', 'Reported0', 'Spam0', 'Rejected0', 'All']));
    await waitFor(() => expect(document.title).toBe('(1) Pending · news · Parley moderation'));
    shell.navigate({ thread: null });
    await waitFor(() => expect(tabCounts()).toEqual(['Pending1', 'Reported0', 'Spam1', 'Rejected0', 'All']));
  });
});
