import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Provider } from '../../core/src/types.ts';
import { createMemoryClient } from '../../widget/src/client/memory/reader-memory.ts';
import { mountWidget } from './mount-widget.tsx';
import { renderWidget } from './render-widget.tsx';

const SSO_SITE = { providers: ['guest', 'sso'] as Provider[], name: 'The Daily Parley' };

/** A token of the publisher's format; the in-memory client reads its payload and never checks the signature. */
function token(id: string, name: string, signature = 'sig'): string {
  return `${btoa(JSON.stringify({ id, name, exp: Math.floor(Date.now() / 1000) + 300 })).replace(/=+$/, '')}.${signature}`;
}

afterEach(() => vi.restoreAllMocks());

describe('publisher SSO', () => {
  it("sends the reader to the publisher's login page, telling it where to come back to", async () => {
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    await renderWidget({ site: SSO_SITE, ssoLogin: '/publisher-login' });
    fireEvent.focus(screen.getByLabelText('Your comment'));
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with The Daily Parley' }));
    const target = new URL(assign.mock.calls[0]![0] as string);
    expect(target.pathname).toBe('/publisher-login');
    expect(target.searchParams.get('return')).toBe(location.href);
  });

  it('signs in with the token the page hands over and posts under the publisher name', async () => {
    const client = createMemoryClient({ site: SSO_SITE });
    const { root, events } = mountWidget(client, { ssoToken: token('42', 'Maya Publisher') });
    const ui = await import('@testing-library/preact').then(({ within }) => within(root as unknown as HTMLElement));
    await ui.findByText('You are signed in as Maya Publisher.');
    expect(events.signin).toEqual([{ uid: 'sso-test-42', provider: 'sso', name: 'Maya Publisher' }]);
    fireEvent.input(ui.getByLabelText('Your comment'), { target: { value: 'From the publisher' } });
    fireEvent.click(ui.getByRole('button', { name: 'Post comment' }));
    await ui.findByRole('article', { name: 'Maya Publisher' });
    expect(client.posted[0]!.guest).toBeNull();
  });

  it('takes a token handed over later through Parley.sso', async () => {
    const client = createMemoryClient({ site: SSO_SITE });
    const { root, handle, events } = mountWidget(client);
    await waitFor(() => expect(events.ready).toHaveLength(1));
    handle.sso(token('7', 'Late Reader'));
    const { within } = await import('@testing-library/preact');
    await within(root as unknown as HTMLElement).findByText('You are signed in as Late Reader.');
  });

  it('tells a guest who posted that their guest comments keep the guest name once the publisher signs them in', async () => {
    const client = createMemoryClient({ site: SSO_SITE });
    const { root, handle } = mountWidget(client);
    const { within } = await import('@testing-library/preact');
    const ui = within(root as unknown as HTMLElement);
    fireEvent.focus(await ui.findByLabelText('Your comment'));
    fireEvent.input(await ui.findByLabelText('Name'), { target: { value: 'Guest Gita' } });
    fireEvent.input(ui.getByLabelText('Email'), { target: { value: 'gita@example.com' } });
    fireEvent.input(ui.getByLabelText('Your comment'), { target: { value: 'Posted as a guest first' } });
    fireEvent.click(ui.getByRole('button', { name: 'Post comment' }));
    await ui.findByRole('article', { name: 'Guest Gita' });
    expect(client.account()?.provider).toBe('guest');

    handle.sso(token('9', 'Gita Member'));
    await ui.findByText(/^You are signed in to your existing account\. The comments you posted as a guest keep your guest name, and you can no longer edit or delete them\.$/);
    expect(client.account()).toMatchObject({ provider: 'sso', name: 'Gita Member' });
    expect(ui.getByRole('article', { name: 'Guest Gita' })).toBeTruthy();
  });

  it('does not send a token again after a reload (each is single use), nor sign in again as the same publisher user', async () => {
    const first = createMemoryClient({ site: SSO_SITE });
    const once = mountWidget(first, { ssoToken: token('42', 'Maya') });
    await waitFor(() => expect(first.account()?.provider).toBe('sso'));
    once.handle.destroy();
    const again = createMemoryClient({ site: SSO_SITE });
    const twice = mountWidget(again, { ssoToken: token('42', 'Maya') });
    await waitFor(() => expect(twice.events.ready).toHaveLength(1));
    twice.handle.sso(token('42', 'Maya', 'fresh-signature'));
    // Tokens are handled in the order they come: once another user's is sent, Maya's was skipped.
    const other = token('43', 'Omar', 'omar-signature');
    twice.handle.sso(other);
    const sent = () => again.calls.filter((call) => call.method === 'signInWithSso').map((call) => call.args[1]);
    await waitFor(() => expect(sent()).toContain(other));
    expect(sent()).toEqual([other]);
  });

  it('says so when the token is refused', async () => {
    const client = createMemoryClient({ site: SSO_SITE });
    const { root } = mountWidget(client, { ssoToken: 'not-a-token.sig' });
    const { within } = await import('@testing-library/preact');
    await within(root as unknown as HTMLElement).findByText('The sign-in could not be verified or has expired. Please sign in again.');
    expect(client.account()).toBeNull();
  });
});
