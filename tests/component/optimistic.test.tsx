import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { renderWidget } from './render-widget.tsx';

const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe("the reader's own comment while it is sent", () => {
  it('appears at once marked as sending, then becomes the stored comment', async () => {
    const { client } = await renderWidget();
    const release = client.hold('createComment');
    fill('Your comment', 'On its way');
    fill('Name', 'Rosa');
    fill('Email', 'rosa@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    const sending = await screen.findByRole('article', { name: 'Rosa' });
    expect(sending.getAttribute('aria-busy')).toBe('true');
    expect(sending.textContent).toContain('Sending…');
    expect(screen.getByRole('button', { name: 'Posting…' })).toBeTruthy();
    release();
    await waitFor(() => expect(screen.getByRole('article', { name: 'Rosa' }).id).toBe('comment-new-1'));
    expect(screen.getByRole('article', { name: 'Rosa' }).getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('heading', { name: '1 comment' })).toBeTruthy();
  });

  it('is remembered in this browser as not yet seen published, so a later visit can show it to its author', async () => {
    await renderWidget({ newStatus: 'pending' });
    fill('Your comment', 'Held for a moderator');
    fill('Name', 'Rosa');
    fill('Email', 'rosa@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(screen.getByRole('article', { name: 'Rosa' }).id).toBe('comment-new-1'));
    expect(JSON.parse(localStorage.getItem('parley:unpublished')!)).toEqual({ 'thread-1': ['new-1'] });
  });

  it('disappears again when the server refuses it, and the text stays in the box', async () => {
    await renderWidget({ failures: [new ParleyError('comment-rejected')] });
    fill('Your comment', 'Some forbidden word');
    fill('Name', 'Rosa');
    fill('Email', 'rosa@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Your comment contains words this site does not allow.');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('Some forbidden word');
  });
});
