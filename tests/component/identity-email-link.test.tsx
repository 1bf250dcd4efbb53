import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memorySignInLink } from '../../widget/src/client/memory/reader-memory-identity.ts';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { draftKey } from '../../widget/src/composer/draft.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

const PAGE = `${location.origin}/article`;
const EMAIL_SITE = { providers: ['guest' as const, 'email' as const] };

/** The page as the email link opens it (same tab, new tab or after a reload: only storage carries over). */
function openLink(email: string) {
  history.replaceState(null, '', memorySignInLink(PAGE, email));
}

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

beforeEach(() => history.replaceState(null, '', PAGE));
afterEach(() => history.replaceState(null, '', PAGE));

describe('email-link sign-in', () => {
  it('mails a link back to this page and says to check the inbox', async () => {
    const { client } = await renderWidget({ site: EMAIL_SITE });
    fireEvent.focus(screen.getByLabelText('Your comment'));
    fireEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));
    type('Your email address', 'ann@example.com');
    fireEvent.keyDown(screen.getByLabelText('Your email address'), { key: 'Enter' });
    await screen.findByText(/Check your inbox: we sent a sign-in link to ann@example.com/);
    expect(client.links).toEqual([{ site: 'test', email: 'ann@example.com', continueUrl: PAGE }]);
    expect(client.calls.some((call) => call.method === 'createComment')).toBe(false);
  });

  it('shows a refused address next to the form and keeps the draft', async () => {
    await renderWidget({ site: EMAIL_SITE });
    type('Your comment', 'Keep me');
    fireEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));
    type('Your email address', 'not-an-address');
    fireEvent.click(screen.getByRole('button', { name: 'Send link' }));
    await screen.findByText('Please enter a valid email address, like name@example.com.');
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('Keep me');
  });

  it('signs in when the link opens in this browser, keeps the draft, and asks for a display name before posting', async () => {
    localStorage.setItem('parley:email-link', JSON.stringify({ email: 'ann@example.com', linkGuest: true }));
    localStorage.setItem(draftKey('test', 'https://example.test/article', null), 'Written before the round trip');
    openLink('ann@example.com');
    const { client, signIns } = await renderWidget({ site: EMAIL_SITE });
    await screen.findByText('Signed in. Choose a display name to post.');
    expect(location.href).toBe(PAGE);
    expect(client.account()).toMatchObject({ provider: 'email', uid: 'email-ann@example.com' });
    expect(signIns).toHaveLength(1);
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('Written before the round trip');
    type('Display name', 'Ann');
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByText('Posting as Ann');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Your comment was posted.');
    expect(client.posted[0]).toMatchObject({ body: 'Written before the round trip', guest: null });
    expect(screen.getByRole('article', { name: 'Ann' })).toBeTruthy();
    expect(localStorage.getItem('parley:email-link')).toBeNull();
  });

  it('asks for the address when the link opens in a browser that did not ask for it, and refuses another address', async () => {
    openLink('ann@example.com');
    const { client } = await renderWidget({ site: EMAIL_SITE });
    await screen.findByText(/You opened a sign-in link/);
    type('Your email address', 'bob@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Finish signing in' }));
    await screen.findByText('That is not the address this link was sent to.');
    type('Your email address', 'ann@example.com');
    fireEvent.keyDown(screen.getByLabelText('Your email address'), { key: 'Enter' });
    await screen.findByText('Signed in. Choose a display name to post.');
    expect(client.account()?.provider).toBe('email');
  });

  it('says so when the link expired or was used, and offers the sign-in paths again', async () => {
    localStorage.setItem('parley:email-link', JSON.stringify({ email: 'ann@example.com', linkGuest: true }));
    history.replaceState(null, '', `${PAGE}?mode=signIn&oobCode=spent&apiKey=test`);
    await renderWidget({ site: EMAIL_SITE });
    await screen.findByText('This sign-in link has expired or was already used. Please ask for a new one.');
    expect(screen.getByRole('button', { name: 'Email me a sign-in link' })).toBeTruthy();
  });

  it("turns a guest who posted into the new account, so their earlier comments stay theirs", async () => {
    localStorage.setItem('parley:uid', 'me');
    localStorage.setItem('parley:email-link', JSON.stringify({ email: 'ann@example.com', linkGuest: true }));
    openLink('ann@example.com');
    const mine = makeComment('a', 'As a guest', { createdAt: Date.now(), author: { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest', badges: [] } });
    const { client } = await renderWidget({ site: EMAIL_SITE, account: { uid: 'me', name: '', avatar: null, provider: 'guest' }, comments: [mine] });
    await screen.findByText('You are signed in. The comments you posted as a guest on this browser now belong to this account.');
    expect(client.account()?.uid).toBe('me');
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
  });

  it('signs a guest in to the account their address already has, and says their guest comments keep the guest name', async () => {
    localStorage.setItem('parley:uid', 'me');
    localStorage.setItem('parley:email-link', JSON.stringify({ email: 'ann@example.com', linkGuest: true }));
    openLink('ann@example.com');
    const { client } = await renderWidget({ site: EMAIL_SITE, account: { uid: 'me', name: '', avatar: null, provider: 'guest' }, existingEmails: ['ann@example.com'] });
    await screen.findByText(/You are signed in to your existing account. The comments you posted as a guest keep your guest name/);
    expect(client.account()?.uid).toBe('email-ann@example.com');
  });

  it('when Firebase spent the link on trying to keep the guest, explains it and sends the next link without linking', async () => {
    localStorage.setItem('parley:uid', 'me');
    localStorage.setItem('parley:email-link', JSON.stringify({ email: 'ann@example.com', linkGuest: true }));
    openLink('ann@example.com');
    const { client } = await renderWidget({
      site: EMAIL_SITE,
      account: { uid: 'me', name: '', avatar: null, provider: 'guest' },
      failOn: { completeSignInLink: [new ParleyError('account-exists')] },
    });
    await screen.findByText(/This address already has an account here, so your guest comments keep your guest name/);
    expect((screen.getByLabelText('Your email address') as HTMLInputElement).value).toBe('ann@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Send link' }));
    await screen.findByText(/Check your inbox/);
    openLink('ann@example.com');
    expect(JSON.parse(localStorage.getItem('parley:email-link')!)).toEqual({ email: 'ann@example.com', linkGuest: false });
    expect(client.calls.filter((call) => call.method === 'completeSignInLink').map((call) => call.args[2])).toEqual([true]);
  });
});
