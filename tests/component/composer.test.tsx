import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { draftKey } from '../../widget/src/composer/composer-model.ts';
import { renderWidget } from './render-widget.tsx';

function fill(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('the composer', () => {
  it('posts a guest comment, shows it at once and clears the draft', async () => {
    const { client } = await renderWidget();
    fill('Your comment', 'Hello **world**');
    fill('Name', 'Rosa');
    fill('Email', 'rosa@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Your comment was posted.');
    expect(screen.getByRole('article', { name: 'Rosa' }).querySelector('strong')!.textContent).toBe('world');
    expect(client.posted[0]).toMatchObject({ body: 'Hello **world**', guest: { name: 'Rosa', email: 'rosa@example.com', website: '' } });
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('');
    expect(localStorage.getItem(draftKey('test', 'https://example.test/article', null))).toBeNull();
  });

  it('shows the server refusal next to the field it is about, and keeps the text', async () => {
    await renderWidget({ failures: [new ParleyError('email-invalid', 'email')] });
    fill('Your comment', 'Keep this text');
    fill('Name', 'Rosa');
    fill('Email', 'nope');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    const message = await screen.findByText('Please enter a valid email address, like name@example.com.');
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(message.id);
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('Keep this text');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('retries a failed post with the same request id, so the server can store it only once', async () => {
    const { client } = await renderWidget({ failures: [new ParleyError('network')] });
    fill('Your comment', 'Flaky network');
    fill('Name', 'Rosa');
    fill('Email', 'rosa@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText(/Could not reach the server/);
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Your comment was posted.');
    expect(client.posted).toHaveLength(1);
  });

  it('keeps the draft across a reload', async () => {
    const first = await renderWidget();
    fill('Your comment', 'Half-written thought');
    first.unmount();
    await renderWidget();
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('Half-written thought');
  });

  it('sends with Ctrl+Enter and starts loading what writing needs on focus', async () => {
    const { client } = await renderWidget();
    const body = screen.getByLabelText('Your comment');
    fireEvent.focus(body);
    expect(client.prepared).toBe(1);
    fill('Your comment', 'Keyboard post');
    fill('Name', 'Rosa');
    fill('Email', 'rosa@example.com');
    fireEvent.keyDown(body, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(client.posted).toHaveLength(1));
  });

  it('marks a held comment as awaiting moderation for its author', async () => {
    await renderWidget({ newStatus: 'pending' });
    fill('Your comment', 'Please review me');
    fill('Name', 'Rosa');
    fill('Email', 'rosa@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Your comment was received and awaits moderation.');
    expect(screen.getByText('Awaiting moderation')).toBeTruthy();
  });
});
