import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../widget/src/client/reader/reader-client.ts';
import { renderWidget } from './render-widget.tsx';

const ANN: Account = { uid: 'ann-uid', name: 'Ann', avatar: null, provider: 'google.com' };

/** Renders the widget with Ann signed in (as remembered from an earlier visit) and the composer open. */
async function signedIn(account: Account = ANN) {
  localStorage.setItem('parley:account', JSON.stringify(account));
  localStorage.setItem('parley:uid', account.uid);
  const rendered = await renderWidget({ site: { providers: ['guest', 'google.com'] }, account });
  fireEvent.focus(screen.getByLabelText('Your comment'));
  return rendered;
}

describe("the signed-in reader's account", () => {
  it('shows who posts with an avatar generated from the uid when the provider has no photo', async () => {
    await signedIn();
    expect(screen.getByText('Posting as Ann')).toBeTruthy();
    const avatar = document.querySelector('.account-bar .avatar') as HTMLElement;
    expect(avatar.tagName).toBe('SPAN');
    expect(avatar.textContent).toBe('A');
    expect(avatar.getAttribute('style')).toContain('hsl(');
  });

  it("shows the provider's photo when there is one", async () => {
    await signedIn({ ...ANN, avatar: 'https://photos.example/ann.jpg' });
    expect(document.querySelector('.account-bar img.avatar')?.getAttribute('src')).toBe('https://photos.example/ann.jpg');
  });

  it('opens the account menu from the keyboard, moves focus into it, and Escape closes it and returns focus', async () => {
    await signedIn();
    const toggle = screen.getByRole('button', { name: 'Account' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('list', { name: 'Account' });
    expect([...menu.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Change name', 'Download my data', 'Delete my account', 'Sign out']);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Change name'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('list', { name: 'Account' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('changes the display name for future comments', async () => {
    const { client } = await signedIn();
    fireEvent.click(screen.getByRole('button', { name: 'Account' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change name' }));
    const field = (await screen.findByLabelText('Display name')) as HTMLInputElement;
    expect(field.value).toBe('Ann');
    fireEvent.input(field, { target: { value: 'Ann Baker' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await screen.findByText('Your name is now Ann Baker. New comments carry it.');
    expect(screen.getByText('Posting as Ann Baker')).toBeTruthy();
    expect(client.calls.find((call) => call.method === 'updateProfile')?.args).toEqual(['Ann Baker']);
  });

  it('refuses an email address as a name next to the field', async () => {
    await signedIn();
    fireEvent.click(screen.getByRole('button', { name: 'Account' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change name' }));
    fireEvent.input(await screen.findByLabelText('Display name'), { target: { value: 'ann@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    const message = await screen.findByText('That name belongs to someone else here. Please choose another.');
    expect(screen.getByLabelText('Display name').getAttribute('aria-describedby')).toContain(message.id);
  });

  it('signs out: the guest details come back and own comments are no longer marked as own', async () => {
    const { client, session } = await signedIn();
    fireEvent.click(screen.getByRole('button', { name: 'Account' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByText('You are signed out.');
    expect(client.account()).toBeNull();
    expect(screen.getByLabelText('Name')).toBeTruthy();
    expect(session.uid.value).toBeNull();
    expect(localStorage.getItem('parley:account')).toBeNull();
  });
});
