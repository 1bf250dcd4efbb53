import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { draftKey } from '../../widget/src/composer/draft.ts';
import { renderWidget } from './render-widget.tsx';

function fill(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function fillGuest() {
  fill('Name', 'Rosa');
  fill('Email', 'rosa@example.com');
}

describe('the composer', () => {
  it('posts a guest comment, shows it at once and clears the draft', async () => {
    const { client } = await renderWidget();
    fill('Your comment', 'Hello **world**');
    fillGuest();
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
    expect(message.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('Keep this text');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('refuses an empty comment next to the text box without calling the server', async () => {
    const { client } = await renderWidget();
    fireEvent.focus(screen.getByLabelText('Your comment'));
    fillGuest();
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Please write a comment first.');
    expect(screen.getByLabelText('Your comment').getAttribute('aria-invalid')).toBe('true');
    expect(client.calls.filter((call) => call.method === 'createComment')).toHaveLength(0);
  });

  it("refuses a guest's missing name and email together, each next to its field, without calling the server", async () => {
    const { client } = await renderWidget();
    fill('Your comment', 'Who am I?');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    const name = await screen.findByText('Please enter your name.');
    const email = screen.getByText('Please enter your email address.');
    expect(screen.getByLabelText('Name').getAttribute('aria-describedby')).toContain(name.id);
    expect(screen.getByLabelText('Email').getAttribute('aria-describedby')).toContain(email.id);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Name')));
    expect(client.calls.filter((call) => call.method === 'createComment')).toHaveLength(0);
    expect(client.account()).toBeNull();
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('Who am I?');
    // Fixing a field takes its message away; the other stays until it is fixed too.
    fill('Name', 'Rosa');
    expect(screen.queryByText('Please enter your name.')).toBeNull();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Please enter your email address.')).toBeTruthy();
  });

  it('retries a failed post with the same request id, so the server can store it only once', async () => {
    const { client } = await renderWidget({ failures: [new ParleyError('network')] });
    fill('Your comment', 'Flaky network');
    fillGuest();
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText(/Could not reach the server/);
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Your comment was posted.');
    const attempts = client.calls.filter((call) => call.method === 'createComment').map((call) => (call.args[0] as { requestId: string }).requestId);
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toBe(attempts[1]);
    expect(client.posted).toHaveLength(1);
  });

  it('sends with Ctrl+Enter and with Cmd+Enter, and starts loading what writing needs on focus', async () => {
    const { client } = await renderWidget();
    const body = screen.getByLabelText('Your comment');
    fireEvent.focus(body);
    expect(client.prepared).toBeGreaterThan(0);
    fill('Your comment', 'Keyboard post');
    fillGuest();
    fireEvent.keyDown(body, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(client.posted).toHaveLength(1));
    fill('Your comment', 'Mac keyboard post');
    fireEvent.keyDown(body, { key: 'Enter', metaKey: true });
    await waitFor(() => expect(client.posted).toHaveLength(2));
  });

  it('marks a held comment as awaiting moderation for its author', async () => {
    await renderWidget({ newStatus: 'pending' });
    fill('Your comment', 'Please review me');
    fillGuest();
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Your comment was received and awaits moderation.');
    expect(screen.getByRole('article', { name: 'Rosa' }).textContent).toContain('Awaiting moderation');
    expect(screen.getByRole('heading', { name: '0 comments' })).toBeTruthy();
  });

  it('counts the characters left only near the limit, and refuses a text over it', async () => {
    const { client } = await renderWidget({ site: { maxLength: 300 } });
    fill('Your comment', 'a'.repeat(50));
    expect(screen.queryByText(/characters? left/)).toBeNull();
    fill('Your comment', 'a'.repeat(290));
    expect(screen.getByText('10 characters left')).toBeTruthy();
    fill('Your comment', 'a'.repeat(301));
    expect(screen.getByText('1 character too many')).toBeTruthy();
    fillGuest();
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Your comment is too long.');
    expect(client.posted).toHaveLength(0);
  });

  it('shows only the text box until the reader engages with it', async () => {
    await renderWidget();
    expect(screen.queryByRole('button', { name: 'Post comment' })).toBeNull();
    fireEvent.focus(screen.getByLabelText('Your comment'));
    expect(screen.getByRole('button', { name: 'Post comment' })).toBeTruthy();
    expect(screen.getByLabelText('Name')).toBeTruthy();
  });
});
