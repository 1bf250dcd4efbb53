import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Moderator } from '../../../widget/src/client/moderator/client.ts';
import { renderConsole } from './render-console.tsx';

const account = (roles: Moderator['roles']) => ({ password: 'secret-1', moderator: { uid: 'u1', email: 'sam@news.test', name: 'Sam', roles } });

describe('signing in to the console', () => {
  it('signs a moderator in with email and password and opens their queue', async () => {
    renderConsole({ moderator: undefined, accounts: { 'sam@news.test': account({ news: 'moderator' }) } });
    fireEvent.input(await screen.findByLabelText('Email'), { target: { value: 'sam@news.test' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'secret-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('navigation', { name: 'Queues' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Settings' })).toBeNull();
  });

  it('says when the password is wrong, keeping the email', async () => {
    renderConsole({ moderator: undefined, accounts: { 'sam@news.test': account({ news: 'moderator' }) } });
    fireEvent.input(await screen.findByLabelText('Email'), { target: { value: 'sam@news.test' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That email and password do not match an account.');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('sam@news.test');
  });

  it('mails a sign-in link and says where it went', async () => {
    const { client } = renderConsole({ moderator: undefined });
    fireEvent.input(await screen.findByLabelText('Email'), { target: { value: 'new@news.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Email me a link instead' }));
    expect((await screen.findByRole('status')).textContent).toBe('We sent a sign-in link to new@news.test. Open it in this browser to continue.');
    expect(client.calls).toEqual([{ name: 'sendSignInLink', data: { email: 'new@news.test' } }]);
  });

  it('offers the configured providers and explains when one is not enabled', async () => {
    renderConsole({ moderator: undefined });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue with Google' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This sign-in method is not enabled for this project.');
  });

  it('refuses a signed-in account without any role with a clear "no access" page', async () => {
    renderConsole({ moderator: { uid: 'u2', email: 'reader@news.test', name: 'Reader', roles: {} } });
    expect(await screen.findByRole('heading', { name: 'No access' })).toBeTruthy();
    expect(screen.getByText(/does not moderate any site/).textContent).toContain('reader@news.test');
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('choosing a site', () => {
  it('offers a site picker to someone who moderates several sites, and shows only the chosen site', async () => {
    const { shell, win } = renderConsole({ moderator: { uid: 'u3', email: 'multi@x.test', name: 'Multi', roles: { news: 'moderator', sport: 'owner' } } });
    const picker = (await screen.findByLabelText('Site')) as HTMLSelectElement;
    expect([...picker.options].map((option) => option.value)).toEqual(['news', 'sport']);
    fireEvent.change(picker, { target: { value: 'sport' } });
    await waitFor(() => expect(shell.site.value).toBe('sport'));
    expect(win.location.hash).toBe('#/sport/queue/pending');
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
  });

  it("ignores an address naming a site the user does not moderate", async () => {
    const { shell } = renderConsole({ hash: '#/elsewhere/queue/pending' });
    await screen.findByRole('navigation', { name: 'Queues' });
    expect(shell.site.value).toBe('news');
    expect(screen.queryByText('elsewhere')).toBeNull();
  });
});
