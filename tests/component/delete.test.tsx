import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeComment, renderWidget } from './render-widget.tsx';

const me = { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest' as const, badges: [] };

describe('deleting', () => {
  beforeEach(() => localStorage.setItem('parley:uid', 'me'));

  it('asks first, with focus on Cancel, and Cancel changes nothing', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Mine', { author: me })] });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const group = await screen.findByRole('group', { name: 'Delete this comment? This cannot be undone.' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(group.isConnected).toBe(false));
    expect(client.calls.some((call) => call.method === 'deleteComment')).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' })));
  });

  it('removes a comment without replies and lowers the count, moving focus to the heading', async () => {
    await renderWidget({ comments: [makeComment('a', 'Mine', { author: me }), makeComment('b', 'Theirs')] });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete comment' }));
    await waitFor(() => expect(screen.queryByText('Mine')).toBeNull());
    expect(screen.getByRole('heading', { name: '1 comment' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('parley-heading'));
  });

  it('leaves a placeholder that keeps the replies in place', async () => {
    await renderWidget({ comments: [makeComment('a', 'Mine', { author: me }), makeComment('b', 'A reply to it', { parentId: 'a' })] });
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete comment' }));
    const placeholder = await screen.findByRole('article', { name: 'This comment was deleted.' });
    expect(placeholder.id).toBe('comment-a');
    expect(screen.getByText('A reply to it')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(placeholder));
  });
});
