import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Provider } from '../../core/src/types.ts';
import { memorySignInLink } from '../../widget/src/client/memory/reader-memory-identity.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

const PAGE = `${location.origin}/article`;
const comments = () => [makeComment('a', 'First'), makeComment('b', 'Second'), makeComment('b1', 'Under the second', { parentId: 'b' })];
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const replyBox = () => screen.getByLabelText('Your reply to Author b') as HTMLTextAreaElement;

/** Opens the reply box under comment b and types into it. */
function startReply(text: string) {
  const second = screen.getByRole('article', { name: 'Author b' });
  fireEvent.click(within(second).getByRole('button', { name: 'Reply' }));
  type('Your reply to Author b', text);
}

/** A publisher's token; the in-memory client reads its payload and never checks the signature. */
const token = (id: string, name: string) => `${btoa(JSON.stringify({ id, name, exp: Math.floor(Date.now() / 1000) + 300 })).replace(/=+$/, '')}.sig`;

beforeEach(() => history.replaceState(null, '', PAGE));
afterEach(() => {
  history.replaceState(null, '', PAGE);
  vi.restoreAllMocks();
});

describe('a reply written before signing in elsewhere', () => {
  it('opens again with its text once the email link brings the reader back signed in', async () => {
    const site = { providers: ['guest', 'email'] as Provider[] };
    const before = await renderWidget({ site, comments: comments() });
    startReply('My answer, typed before the link');
    const form = replyBox().closest('form')!;
    fireEvent.click(within(form as HTMLElement).getByRole('button', { name: 'Email me a sign-in link' }));
    // Every open composer shows the address form; the reader uses the one in the reply box.
    fireEvent.input(within(form as HTMLElement).getByLabelText('Your email address'), { target: { value: 'ann@example.com' } });
    fireEvent.click(within(form as HTMLElement).getByRole('button', { name: 'Send link' }));
    await within(form as HTMLElement).findByText(/Check your inbox/);
    before.unmount();

    // The link opens the page afresh (same tab, new tab or later): only this browser's storage carries over.
    history.replaceState(null, '', memorySignInLink(PAGE, 'ann@example.com'));
    await renderWidget({ site, comments: comments() });
    await waitFor(() => expect(replyBox().value).toBe('My answer, typed before the link'));
    await waitFor(() => expect(document.activeElement).toBe(replyBox()));
    expect(screen.getByRole('button', { name: 'Post reply' })).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Author b' })).getByRole('button', { name: 'Reply' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByLabelText('Your reply to Author a')).toBeNull();
  });

  it("opens again with its text once the publisher's login page hands back a token", async () => {
    vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    const site = { providers: ['guest', 'sso'] as Provider[], name: 'The Daily Parley' };
    const before = await renderWidget({ site, comments: comments(), ssoLogin: '/publisher-login' });
    startReply('Answer from before the login page');
    fireEvent.click(within(replyBox().closest('form') as HTMLElement).getByRole('button', { name: 'Sign in with The Daily Parley' }));
    expect(window.location.assign).toHaveBeenCalledTimes(1);
    before.unmount();

    const after = await renderWidget({ site, comments: comments(), ssoLogin: '/publisher-login' });
    expect(screen.queryByLabelText('Your reply to Author b')).toBeNull();
    await after.writer.features.value!.identity.sso(token('42', 'Maya Publisher'));
    await waitFor(() => expect(replyBox().value).toBe('Answer from before the login page'));
    await waitFor(() => expect(document.activeElement).toBe(replyBox()));
  });

  it('leaves the reply boxes closed when the reader left from the thread composer', async () => {
    vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    const site = { providers: ['guest', 'sso'] as Provider[], name: 'The Daily Parley' };
    const before = await renderWidget({ site, comments: comments(), ssoLogin: '/publisher-login' });
    startReply('An earlier reply draft');
    fireEvent.focus(screen.getByLabelText('Your comment'));
    const main = screen.getByLabelText('Your comment').closest('form') as HTMLElement;
    fireEvent.click(within(main).getByRole('button', { name: 'Sign in with The Daily Parley' }));
    before.unmount();

    const after = await renderWidget({ site, comments: comments(), ssoLogin: '/publisher-login' });
    await after.writer.features.value!.identity.sso(token('43', 'Omar Publisher'));
    await screen.findByText('You are signed in as Omar Publisher.');
    expect(screen.queryByLabelText('Your reply to Author b')).toBeNull();
  });
});
