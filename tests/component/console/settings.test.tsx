import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../../widget/src/client/moderator/client.ts';
import { ParleyError } from '../../../widget/src/client/parley-error.ts';
import { OWNER, renderConsole } from './render-console.tsx';

const config = (): SiteConfig => ({
  site: { name: 'News', locale: 'en', theme: 'auto', providers: ['guest'], moderation: 'post', editWindowSec: 900, maxLength: 5000, origins: [] },
  settings: {
    bannedWords: ['spamword'],
    suspectWords: [],
    linkLimit: 2,
    reportThreshold: 3,
    rateLimits: { userPerMinute: 5, userPerHour: 30, ipPerMinute: 10, ipPerHour: 60, threadPerMinute: 120 },
    accountDeletion: 'anonymise',
    reservedNames: {},
  },
});

const open = () => renderConsole({ sites: { news: config() }, hash: '#/news/settings' });

describe('site settings', () => {
  it('saves only what changed: a banned word and full pre-moderation', async () => {
    const { client } = open();
    fireEvent.input(await screen.findByLabelText('Banned words'), { target: { value: 'spamword\ndurian' } });
    fireEvent.click(screen.getByLabelText(/Full pre-moderation/));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved. The next comment follows these settings.');
    expect(client.calls).toEqual([{ name: 'updateSite', data: { siteId: 'news', site: { moderation: 'pre' }, settings: { bannedWords: ['spamword', 'durian'] } } }]);
  });

  it('shows a wrong value next to its field and sends nothing', async () => {
    const { client } = open();
    fireEvent.input(await screen.findByLabelText('Allowed origins'), { target: { value: 'news.example.com/path' } });
    fireEvent.input(screen.getByLabelText('Comments per user per minute'), { target: { value: '-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const origins = screen.getByLabelText('Allowed origins');
    expect(origins.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(origins.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toBe(
      '“news.example.com/path” is not an origin like https://news.example.com.',
    );
    expect(screen.getByText('Enter a whole number from 0 to 200.')).toBeTruthy();
    expect(client.calls).toEqual([]);
  });

  it('edits rate limits, the edit window, providers, locale and theme', async () => {
    const { client } = open();
    fireEvent.input(await screen.findByLabelText('Comments per IP address per hour'), { target: { value: '100' } });
    fireEvent.input(screen.getByLabelText('Edit window (minutes)'), { target: { value: '30' } });
    fireEvent.click(screen.getByLabelText('Google'));
    fireEvent.input(screen.getByLabelText('Default language'), { target: { value: 'de' } });
    fireEvent.change(screen.getByLabelText('Default theme'), { target: { value: 'dark' } });
    fireEvent.input(screen.getByLabelText('Allowed origins'), { target: { value: 'https://news.example.com/\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(client.calls).toHaveLength(1));
    expect(client.calls[0]!.data).toEqual({
      siteId: 'news',
      site: { locale: 'de', theme: 'dark', providers: ['guest', 'google.com'], editWindowSec: 1800, origins: ['https://news.example.com'] },
      settings: { rateLimits: { ipPerHour: 100 } },
    });
  });

  it('keeps the edits and says so when saving fails', async () => {
    const { client } = open();
    client.failNext(new ParleyError('not-owner'));
    fireEvent.input(await screen.findByLabelText('Suspect words'), { target: { value: 'idiot' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was saved: Only an owner of this site can do this.');
    expect((screen.getByLabelText('Suspect words') as HTMLTextAreaElement).value).toBe('idiot');
  });

  it('creates the first SSO secret at once, shows it once, and hides it after the page is left', async () => {
    const { client, shell } = open();
    expect(await screen.findByText('No secret yet: "Sign in with your site" cannot work until you create one.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create a secret' }));
    const secret = (await screen.findByLabelText(/New secret/)) as HTMLInputElement;
    expect(secret.value).toMatch(/^sso-secret-/);
    expect(client.calls).toEqual([{ name: 'rotateSsoSecret', data: { siteId: 'news' } }]);
    expect(await screen.findByText(/^A secret is set, created /)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rotate the secret' })).toBeTruthy();

    shell.navigate({ page: 'log' });
    await screen.findByRole('heading', { name: 'Action log' });
    shell.navigate({ page: 'settings' });
    await screen.findByRole('button', { name: 'Rotate the secret' });
    expect(screen.queryByLabelText(/New secret/)).toBeNull();
  });

  it('asks before rotating an existing secret, and cancelling changes nothing', async () => {
    const rotated = Date.UTC(2026, 10, 2, 9, 30);
    const withSecret = config();
    withSecret.settings = { ...withSecret.settings!, ssoConfigured: true, ssoRotatedAt: rotated };
    const { client } = renderConsole({ sites: { news: withSecret }, hash: '#/news/settings' });
    expect(await screen.findByText(/^A secret is set, created Nov 2, 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rotate the secret' }));
    expect(client.calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(client.calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Rotate the secret' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace the secret' }));
    expect(((await screen.findByLabelText(/New secret/)) as HTMLInputElement).value).toMatch(/^sso-secret-/);
    expect(client.calls).toEqual([{ name: 'rotateSsoSecret', data: { siteId: 'news' } }]);
  });

  it('is for owners only: a moderator is sent to the queue', async () => {
    renderConsole({ moderator: { ...OWNER, roles: { news: 'moderator' } }, sites: { news: config() }, hash: '#/news/settings' });
    expect(await screen.findByRole('navigation', { name: 'Queues' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Console' })).queryByRole('link', { name: 'Settings' })).toBeNull();
  });

  it('asks before leaving with unsaved changes: staying keeps them, leaving goes', async () => {
    const asked: string[] = [];
    let answer = false;
    const { win } = renderConsole({
      sites: { news: config() },
      hash: '#/news/settings',
      confirm: (message) => {
        asked.push(message);
        return answer;
      },
    });
    fireEvent.input(await screen.findByLabelText('Banned words'), { target: { value: 'spamword\ndurian' } });
    win.location.hash = '#/news/queue/pending';
    expect(asked).toEqual(['Leave the settings? Your unsaved changes will be lost.']);
    expect(win.location.hash).toBe('#/news/settings');
    expect((screen.getByLabelText('Banned words') as HTMLTextAreaElement).value).toBe('spamword\ndurian');
    answer = true;
    win.location.hash = '#/news/log';
    await screen.findByRole('heading', { name: 'Action log' });
    expect(asked).toHaveLength(2);
  });

  it('leaves saved settings without asking', async () => {
    const asked: string[] = [];
    const { win } = renderConsole({ sites: { news: config() }, hash: '#/news/settings', confirm: (message) => asked.push(message) > 0 });
    await screen.findByLabelText('Banned words');
    win.location.hash = '#/news/log';
    await screen.findByRole('heading', { name: 'Action log' });
    expect(asked).toEqual([]);
  });

  it('asks before leaving a new SSO secret that will not be shown again', async () => {
    const asked: string[] = [];
    const { shell } = renderConsole({ sites: { news: config() }, hash: '#/news/settings', confirm: (message) => asked.push(message) < 0 });
    fireEvent.click(await screen.findByRole('button', { name: 'Create a secret' }));
    await screen.findByLabelText(/New secret/);
    shell.navigate({ page: 'log' });
    expect(asked).toEqual(['Leave the settings? The new SSO secret will not be shown again: copy it first.']);
    expect(screen.getByLabelText(/New secret/)).toBeTruthy();
  });
});
