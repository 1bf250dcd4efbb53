import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import type { ThreadSnapshot } from '../../core/src/types.ts';
import { createMemoryClient } from '../../widget/src/client/memory-client.ts';
import { createThreadModel } from '../../widget/src/thread/thread-model.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

describe('live updates', () => {
  it("holds others' new comments behind a button and shows them when it is pressed", async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Existing')] });
    client.emit([{ commentId: 'n1', kind: 'upsert', comment: makeComment('n1', 'Fresh news'), at: Date.now() }]);
    const button = await screen.findByRole('button', { name: 'Show 1 new comment' });
    expect(screen.queryByText('Fresh news')).toBeNull();
    expect(screen.getByRole('heading', { name: '2 comments' })).toBeTruthy();
    fireEvent.click(button);
    await screen.findByText('Fresh news');
    expect(screen.queryByRole('button', { name: /new comment/ })).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('comment-n1'));
  });

  it('starts listening once the snapshot is in, even when the widget became visible before it arrived', async () => {
    const client = createMemoryClient({ comments: [makeComment('a', 'Existing')] });
    const thread = createThreadModel(client, { api: 'http://test', site: 'test', url: 'https://example.test/a' }, 'oldest', signal(null));
    let resolve: (snapshot: ThreadSnapshot) => void = () => {};
    const pending = new Promise<ThreadSnapshot>((done) => (resolve = done));
    thread.startLive();
    const loading = thread.load(pending);
    resolve(await client.loadThread({ api: '', site: 'test', url: '', sort: 'oldest' }));
    await loading;
    client.emit([{ commentId: 'n1', kind: 'upsert', comment: makeComment('n1', 'Arrived'), at: Date.now() }]);
    expect(thread.incoming.value).toBe(1);
  });

  it('removes a comment in place when a moderator removes it', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Keep me'), makeComment('b', 'Remove me')] });
    client.emit([{ commentId: 'b', kind: 'remove', comment: null, at: Date.now() }]);
    await waitFor(() => expect(screen.queryByText('Remove me')).toBeNull());
    expect(screen.getByText('Keep me')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 comment' })).toBeTruthy();
  });

  it('applies an edit in place without the button', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Old words')] });
    client.emit([{ commentId: 'a', kind: 'upsert', comment: makeComment('a', 'New words', { editedAt: Date.now() }), at: Date.now() }]);
    await screen.findByText('New words');
    expect(screen.queryByRole('button', { name: /new comment/ })).toBeNull();
  });
});
