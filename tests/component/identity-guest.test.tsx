import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderWidget } from './render-widget.tsx';

function post(text: string) {
  fireEvent.focus(screen.getByLabelText('Your comment'));
  fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
}

describe('a guest', () => {
  it('posts with a name and an email that is never shown, and is told apart by a uid the widget remembers', async () => {
    const { client, signIns } = await renderWidget({ uid: 'guest-7' });
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Rosa' } });
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'rosa@example.com' } });
    fireEvent.input(screen.getByLabelText('Website (optional)'), { target: { value: 'https://rosa.example' } });
    post('First');
    await screen.findByText('Your comment was posted.');
    const mine = screen.getByRole('article', { name: 'Rosa' });
    expect(mine.textContent).not.toContain('rosa@example.com');
    expect(client.posted[0]!.guest).toEqual({ name: 'Rosa', email: 'rosa@example.com', website: 'https://rosa.example' });
    expect(localStorage.getItem('parley:uid')).toBe('guest-7');
    expect(signIns).toEqual([{ uid: 'guest-7', provider: 'guest' }]);
  });

  it('finds their details filled in on the next visit and stays the same guest', async () => {
    await renderWidget({ uid: 'guest-7' });
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Rosa' } });
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'rosa@example.com' } });
    post('First');
    await screen.findByText('Your comment was posted.');
    cleanup();

    const { client } = await renderWidget({ uid: 'guest-7' });
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Rosa');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('rosa@example.com');
    post('Second');
    await screen.findByText('Your comment was posted.');
    await waitFor(() => expect(client.posted[0]!.guest).toMatchObject({ name: 'Rosa', email: 'rosa@example.com' }));
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
  });
});
