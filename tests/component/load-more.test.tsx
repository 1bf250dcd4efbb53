import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

describe('paging', () => {
  it('shows the first page of top-level comments, then loads the next one and moves focus to it', async () => {
    const comments = Array.from({ length: 7 }, (_, index) => makeComment(`c${index}`, `Comment ${index}`));
    comments.push(makeComment('r', 'Reply on page two', { parentId: 'c5' }));
    const { client } = await renderWidget({ comments, pageSize: 3 });
    expect(screen.getAllByRole('article')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Load more comments' }));
    // The second page: three top-level comments and the reply to one of them.
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(7));
    await waitFor(() => expect(document.activeElement?.id).toBe('comment-c3'));
    fireEvent.click(screen.getByRole('button', { name: 'Load more comments' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(8));
    expect(screen.queryByRole('button', { name: 'Load more comments' })).toBeNull();
    const pages = client.calls.filter((call) => call.method === 'loadThread').map((call) => (call.args[0] as { after?: string }).after);
    expect(pages).toEqual([undefined, 'c2', 'c5']);
  });
});

describe('paging when the next page cannot be loaded', () => {
  it('says so under the button, which stays to try again, and clears the message once the page is in', async () => {
    const comments = Array.from({ length: 5 }, (_, index) => makeComment(`c${index}`, `Comment ${index}`));
    const { client } = await renderWidget({ comments, pageSize: 3 });
    client.failNext(new ParleyError('network'), 'loadThread');
    const button = screen.getByRole('button', { name: 'Load more comments' });
    button.focus();
    fireEvent.click(button);
    const message = await screen.findByRole('alert');
    expect(message.textContent).toBe('This could not be loaded. Check your connection and try again.');
    expect(button.getAttribute('aria-describedby')).toBe(message.id);
    expect(document.activeElement).toBe(button);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Load more comments' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(5));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
