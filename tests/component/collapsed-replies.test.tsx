import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeComment, renderWidget } from './render-widget.tsx';

describe('long reply chains', () => {
  it('shows the first replies and collapses the rest behind a count, which expands them and focuses the first', async () => {
    const replies = Array.from({ length: 6 }, (_, index) => makeComment(`r${index}`, `Reply ${index}`, { parentId: 'a' }));
    await renderWidget({ comments: [makeComment('a', 'Popular', { replyCount: 6 }), ...replies, makeComment('r0x', 'Answer to the first', { parentId: 'r0', rootId: 'a', depth: 2 })] });
    expect(screen.getAllByRole('article').map((article) => article.id)).toEqual(['comment-a', 'comment-r0', 'comment-r0x', 'comment-r1', 'comment-r2']);
    fireEvent.click(screen.getByRole('button', { name: 'Show 3 more replies' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(8));
    await waitFor(() => expect(document.activeElement?.id).toBe('comment-r3'));
    expect(screen.queryByRole('button', { name: /more repl/ })).toBeNull();
  });

  it('fetches the replies the first page did not bring', async () => {
    const replies = Array.from({ length: 5 }, (_, index) => makeComment(`r${index}`, `Reply ${index}`, { parentId: 'a' }));
    const { client, thread } = await renderWidget({ comments: [makeComment('a', 'Popular', { replyCount: 5 }), ...replies] });
    // As if the page had been cut short: only two replies arrived with it.
    for (const id of ['r2', 'r3', 'r4']) thread.applyChanges([{ commentId: id, kind: 'remove', comment: null, before: 'approved', at: Date.now() }]);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Show 3 more replies' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(6));
    expect(client.calls.some((call) => call.method === 'loadThread' && (call.args[0] as { focus?: string }).focus === 'a')).toBe(true);
  });
});
