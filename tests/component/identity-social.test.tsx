import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Provider } from '../../core/src/types.ts';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

const SOCIAL_SITE = { providers: ['guest', 'google.com', 'github.com'] as Provider[] };
const GUEST = { uid: 'me', name: '', avatar: null, provider: 'guest' as const };

describe('social sign-in', () => {
  it('signs in with the provider the reader picks and posts under the name and photo it reports', async () => {
    const { client, signIns } = await renderWidget({ site: SOCIAL_SITE, profiles: { 'github.com': { name: 'Octo Cat', avatar: 'https://avatars.example/octo.png' } } });
    fireEvent.focus(screen.getByLabelText('Your comment'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue with GitHub' }));
    await screen.findByText('Posting as Octo Cat');
    expect(screen.getByText('You are signed in as Octo Cat.')).toBeTruthy();
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect(signIns).toEqual([{ uid: 'github.com-user', name: 'Octo Cat', avatar: 'https://avatars.example/octo.png', provider: 'github.com' }]);
    fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: 'Signed in' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    const article = await screen.findByRole('article', { name: 'Octo Cat' });
    expect(article.querySelector('img.avatar')?.getAttribute('src')).toBe('https://avatars.example/octo.png');
    expect(client.posted[0]!.guest).toBeNull();
  });

  it('keeps a guest who posted as the same account (linked), so their comments stay editable', async () => {
    localStorage.setItem('parley:uid', 'me');
    const mine = makeComment('a', 'As a guest', { createdAt: Date.now(), author: { ...GUEST, name: 'Rosa', badges: [] } });
    const { client } = await renderWidget({ site: SOCIAL_SITE, account: GUEST, comments: [mine] });
    fireEvent.focus(screen.getByLabelText('Your comment'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue with Google' }));
    await screen.findByText('You are signed in. The comments you posted as a guest on this browser now belong to this account.');
    expect(client.account()).toMatchObject({ uid: 'me', provider: 'google.com' });
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
  });

  it('signs a guest in to the provider account they already have, and says what happens to the guest comments', async () => {
    localStorage.setItem('parley:uid', 'me');
    const mine = makeComment('a', 'As a guest', { createdAt: Date.now(), author: { ...GUEST, name: 'Rosa', badges: [] } });
    const { client } = await renderWidget({ site: SOCIAL_SITE, account: GUEST, comments: [mine], takenProviders: ['google.com'] });
    fireEvent.focus(screen.getByLabelText('Your comment'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue with Google' }));
    await screen.findByText(/You are signed in to your existing account. The comments you posted as a guest keep your guest name/);
    expect(client.account()?.uid).toBe('google.com-user');
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it.each([
    ['popup-blocked', 'The sign-in window was blocked. Allow pop-ups for this site and try again.'],
    ['popup-closed', 'The sign-in window was closed before signing in.'],
    ['account-exists', 'This email address already has an account here with another sign-in method. Please sign in with that one.'],
    ['sign-in-unavailable', 'The sign-in window could not be opened: its helper from the provider did not load. Check your connection, or sign in another way.'],
  ] as const)('says so plainly when the popup fails with %s, and keeps the draft and the options', async (code, message) => {
    const { client } = await renderWidget({ site: SOCIAL_SITE });
    fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: 'Still here' } });
    client.failNext(new ParleyError(code), 'signInWithProvider');
    fireEvent.click(screen.getByRole('button', { name: 'Continue with Google' }));
    const alert = await screen.findByText(message);
    expect(alert.getAttribute('role')).toBe('alert');
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('Still here');
    expect(screen.getByRole('button', { name: 'Continue with Google' })).toBeTruthy();
    await waitFor(() => expect(client.account()).toBeNull());
  });
});
