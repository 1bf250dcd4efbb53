import { signal } from '@preact/signals';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createMemoryClient } from '../../widget/src/client/memory/reader-memory.ts';
import { mergeChanges } from '../../widget/src/thread/merge-changes.ts';
import { createThreadModel } from '../../widget/src/thread/thread-model.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

const upsert = (comment: ReturnType<typeof makeComment>) => ({ commentId: comment.id, kind: 'upsert' as const, comment });

describe('live updates', () => {
  it("holds others' new comments behind a button, announced politely, and shows them when it is pressed", async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Existing')] });
    client.emit([upsert(makeComment('n1', 'Fresh news')), upsert(makeComment('n2', 'More news'))]);
    const button = await screen.findByRole('button', { name: 'Show 2 new comments' });
    expect(button.closest('[aria-live="polite"]')).toBeTruthy();
    expect(screen.queryByText('Fresh news')).toBeNull();
    expect(screen.getByRole('heading', { name: '3 comments' })).toBeTruthy();
    fireEvent.click(button);
    await screen.findByText('Fresh news');
    expect(screen.queryByRole('button', { name: /new comment/ })).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('comment-n1'));
    expect(document.getElementById('comment-n1')!.className).toContain('highlighted');
  });

  it('starts listening once the snapshot is in, even when the widget became visible before it arrived', async () => {
    const client = createMemoryClient({ comments: [makeComment('a', 'Existing')] });
    const thread = createThreadModel(client, { api: 'http://test', site: 'test', url: 'https://example.test/a' }, 'oldest', signal(null));
    let resolve: (snapshot: Awaited<ReturnType<typeof client.loadThread>>) => void = () => {};
    const pending = new Promise<Awaited<ReturnType<typeof client.loadThread>>>((done) => (resolve = done));
    thread.startLive(mergeChanges);
    const loading = thread.load(pending);
    resolve(await client.loadThread({ api: '', site: 'test', url: '', sort: 'oldest' }));
    await loading;
    client.emit([upsert(makeComment('n1', 'Arrived'))]);
    expect(thread.incoming.value).toBe(1);
  });

  it('removes a comment in place when a moderator removes it', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Keep me'), makeComment('b', 'Remove me')] });
    client.emit([{ commentId: 'b', kind: 'remove', comment: null }]);
    await waitFor(() => expect(screen.queryByText('Remove me')).toBeNull());
    expect(screen.getByText('Keep me')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 comment' })).toBeTruthy();
  });

  it('applies an edit and a deletion in place without the button', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Old words'), makeComment('b', 'Parent'), makeComment('c', 'Child', { parentId: 'b' })] });
    client.emit([upsert(makeComment('a', 'New words', { editedAt: Date.now() }))]);
    await screen.findByText('New words');
    expect(screen.getByRole('article', { name: 'Author a' }).textContent).toContain('edited');
    client.emit([upsert(makeComment('b', '', { status: 'deleted', tree: [] }))]);
    await screen.findByRole('article', { name: 'This comment was deleted.' });
    expect(screen.getByText('Child')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /new comment/ })).toBeNull();
  });

  it("puts the reader's own comments from another tab straight in", async () => {
    localStorage.setItem('parley:uid', 'me');
    const { client } = await renderWidget({ comments: [makeComment('a', 'Existing')] });
    client.emit([upsert(makeComment('mine', 'Written in another tab', { author: { uid: 'me', name: 'Me', avatar: null, provider: 'guest', badges: [] } }))]);
    await screen.findByText('Written in another tab');
    expect(screen.queryByRole('button', { name: /new comment/ })).toBeNull();
  });

  it('ignores a change older than the snapshot, as the real listener asks only for later ones', async () => {
    const { client, thread } = await renderWidget({ comments: [makeComment('a', 'Existing')] });
    client.emit([{ ...upsert(makeComment('old', 'Already counted')), at: Date.now() - 60_000 }]);
    client.emit([{ commentId: 'a', kind: 'remove', comment: null, at: Date.now() - 60_000 }]);
    expect(thread.incoming.value).toBe(0);
    expect(screen.getByText('Existing')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 comment' })).toBeTruthy();
    client.emit([upsert(makeComment('new', 'Posted after it'))]);
    await screen.findByRole('button', { name: 'Show 1 new comment' });
  });

  it('keeps the count right for comments on pages not loaded: edits, deletions, removals and approvals', async () => {
    const comments = ['a', 'b', 'c', 'd'].map((id) => makeComment(id, `Comment ${id}`));
    const { client } = await renderWidget({ comments: [...comments, makeComment('held', 'Held', { status: 'pending' })], pageSize: 1 });
    expect(screen.getByRole('heading', { name: '4 comments' })).toBeTruthy();
    client.emit([upsert({ ...comments[1]!, editedAt: Date.now() })]);
    client.emit([upsert({ ...comments[2]!, status: 'deleted', tree: [] })]);
    client.emit([{ commentId: 'd', kind: 'remove', comment: null }]);
    await screen.findByRole('heading', { name: '2 comments' });
    client.emit([upsert(makeComment('held', 'Held', { status: 'approved' }))]);
    await screen.findByRole('heading', { name: '3 comments' });
  });

  it('ignores placeholders and replies to comments on pages not loaded', async () => {
    const { client, thread } = await renderWidget({ comments: [makeComment('a', 'Existing')] });
    client.emit([upsert(makeComment('gone', '', { status: 'deleted', tree: [] })), upsert(makeComment('far', 'Reply elsewhere', { parentId: 'not-loaded' }))]);
    expect(thread.incoming.value).toBe(0);
  });
});
