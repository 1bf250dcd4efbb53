import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../../widget/src/client/parley-error.ts';
import { renderConsole } from './render-console.tsx';

const holders = [
  { uid: 'mod-1', email: 'mod@news.test', role: 'owner' as const, grantedBy: null, at: Date.parse('2026-10-01') },
  { uid: 'kim', email: 'kim@news.test', role: 'moderator' as const, grantedBy: 'mod-1', at: Date.parse('2026-11-01') },
];

describe('granting and revoking moderators', () => {
  it('lists who holds roles and grants the moderator role by email', async () => {
    const { client } = renderConsole({ hash: '#/news/moderators', roles: holders });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('(you)').parentElement!.textContent).toBe('mod@news.test (you)');
    fireEvent.input(screen.getByLabelText('Email of the account to make a moderator'), { target: { value: 'lee@news.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Grant moderator role' }));
    await screen.findByText(/lee@news.test is now a moderator/);
    expect(client.calls).toEqual([{ name: 'setModerator', data: { siteId: 'news', email: 'lee@news.test', role: 'moderator' } }]);
    await waitFor(() => expect(within(table).getByText('lee@news.test')).toBeTruthy());
  });

  it('revokes a moderator after a second, confirming click, but offers no way to revoke an owner', async () => {
    const { client } = renderConsole({ hash: '#/news/moderators', roles: holders });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('button', { name: /^Revoke/ })).toHaveLength(1);
    fireEvent.click(within(table).getByRole('button', { name: 'Revoke kim@news.test…' }));
    await waitFor(() => expect(document.activeElement).toBe(within(table).getByRole('button', { name: 'Cancel' })));
    fireEvent.click(within(table).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(within(table).getByRole('button', { name: 'Revoke kim@news.test…' })));
    fireEvent.click(within(table).getByRole('button', { name: 'Revoke kim@news.test…' }));
    expect(client.calls).toEqual([]);
    fireEvent.click(within(table).getByRole('button', { name: 'Revoke kim@news.test' }));
    await waitFor(() => expect(client.calls).toEqual([{ name: 'setModerator', data: { siteId: 'news', email: 'kim@news.test', role: null } }]));
  });

  it('explains an unknown email', async () => {
    const { client } = renderConsole({ hash: '#/news/moderators', roles: holders });
    client.failNext(new ParleyError('user-not-found'));
    fireEvent.input(await screen.findByLabelText('Email of the account to make a moderator'), { target: { value: 'ghost@news.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Grant moderator role' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No account has proved that email address yet: they need to sign in once, by email link or with a provider that confirms the address.');
    expect((screen.getByLabelText('Email of the account to make a moderator') as HTMLInputElement).value).toBe('ghost@news.test');
  });
});
