import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderWidget } from './render-widget.tsx';

const INVALID = 'Please enter a valid email address, like name@example.com.';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe("the guest form's email check", () => {
  it.each(['rosa', 'rosa@example', 'rosa@@example.com', 'ro sa@example.com', 'rosa@example.c'])(
    'refuses %j next to the email field without sending anything, and keeps what was typed',
    async (address) => {
      const { client } = await renderWidget();
      type('Your comment', 'Still here afterwards');
      type('Name', 'Rosa');
      type('Email', address);
      fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
      const message = await screen.findByText(INVALID);
      expect(field('Email').getAttribute('aria-describedby')).toContain(message.id);
      expect(field('Email').getAttribute('aria-invalid')).toBe('true');
      await waitFor(() => expect(document.activeElement).toBe(field('Email')));
      expect(field('Email').value).toBe(address);
      expect(field('Name').value).toBe('Rosa');
      expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('Still here afterwards');
      expect(client.calls.filter((call) => call.method === 'createComment')).toEqual([]);
    },
  );

  it('clears the message once the address is edited, and posts a corrected one', async () => {
    const { client } = await renderWidget();
    type('Your comment', 'Hello');
    type('Name', 'Rosa');
    type('Email', 'rosa@example');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText(INVALID);
    type('Email', ' rosa@example.com ');
    expect(screen.queryByText(INVALID)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Your comment was posted.');
    expect(client.posted[0]!.guest).toMatchObject({ email: 'rosa@example.com' });
  });

  it('refuses a malformed address for an email link before asking the server', async () => {
    const { client } = await renderWidget({ site: { providers: ['guest', 'email'] } });
    type('Your comment', 'Keep me');
    fireEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));
    type('Your email address', 'ann@example');
    fireEvent.click(screen.getByRole('button', { name: 'Send link' }));
    await screen.findByText(INVALID);
    expect(client.calls.filter((call) => call.method === 'sendSignInLink')).toEqual([]);
    expect(field('Your email address').value).toBe('ann@example');
  });
});
