import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeComment, renderWidget } from './render-widget.tsx';

const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('replying', () => {
  it('opens a reply box inside the comment, focused, and Escape closes it and returns focus to Reply', async () => {
    await renderWidget({ comments: [makeComment('a', 'Say something')] });
    const reply = screen.getByRole('button', { name: 'Reply' });
    fireEvent.click(reply);
    expect(reply.getAttribute('aria-expanded')).toBe('true');
    const box = screen.getByLabelText('Your reply to Author a');
    expect(screen.getByRole('article', { name: 'Author a' }).contains(box)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Your reply to Author a')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(reply));
  });

  it('posts the reply under its parent, then closes the box and focuses the new reply', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Say something')] });
    fireEvent.click(screen.getByRole('button', { name: 'Reply' }));
    fill('Your reply to Author a', 'Here is my answer');
    const form = within(screen.getByLabelText('Your reply to Author a').closest('form')!);
    fireEvent.input(form.getByLabelText('Name'), { target: { value: 'Rosa' } });
    fireEvent.input(form.getByLabelText('Email'), { target: { value: 'rosa@example.com' } });
    fireEvent.click(form.getByRole('button', { name: 'Post reply' }));
    await waitFor(() => expect(screen.getByRole('article', { name: 'Rosa' }).id).toBe('comment-new-1'));
    const reply = screen.getByRole('article', { name: 'Rosa' });
    expect(client.posted[0]).toMatchObject({ parentId: 'a', body: 'Here is my answer' });
    expect(reply.closest('ol')!.parentElement!.querySelector('#comment-a')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(reply));
    expect(screen.queryByLabelText('Your reply to Author a')).toBeNull();
    // The details typed once are the thread composer's too.
    fireEvent.focus(screen.getByLabelText('Your comment'));
    expect((screen.getAllByLabelText('Name')[0] as HTMLInputElement).value).toBe('Rosa');
    expect(within(screen.getByRole('article', { name: 'Author a' })).getByRole('button', { name: 'Reply' }).getAttribute('aria-expanded')).toBe('false');
  });
});
