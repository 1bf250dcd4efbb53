import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../core/src/providers.ts';
import { renderWidget } from './render-widget.tsx';

const ALL = [...PROVIDERS];

function open() {
  fireEvent.focus(screen.getByLabelText('Your comment'));
}

describe('the identity picker', () => {
  it('offers only guest details on a site that enables only guests', async () => {
    await renderWidget({ site: { providers: ['guest'] } });
    open();
    expect(screen.getByLabelText('Name')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Or sign in:' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Continue with|sign-in link|Sign in with/ })).toBeNull();
  });

  it('offers every path a site enables, in its order, with the publisher login only when the page names one', async () => {
    await renderWidget({ site: { providers: ALL, name: 'The Daily Parley' }, ssoLogin: '/login' });
    open();
    const group = screen.getByRole('group', { name: 'Or sign in:' });
    const buttons = [...group.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? button.textContent);
    expect(buttons).toEqual([
      'Sign in with The Daily Parley',
      'Continue with Google',
      'Continue with GitHub',
      'Continue with Microsoft',
      'Continue with Apple',
      'Continue with Facebook',
      'Continue with X',
      'Email me a sign-in link',
    ]);
    expect(screen.getByLabelText('Name')).toBeTruthy();
  });

  it('leaves out the publisher login when the page gives no login URL, and social providers the site does not enable', async () => {
    await renderWidget({ site: { providers: ['guest', 'github.com', 'sso'] } });
    open();
    const group = screen.getByRole('group', { name: 'Or sign in:' });
    expect([...group.querySelectorAll('button')].map((button) => button.getAttribute('aria-label'))).toEqual(['Continue with GitHub']);
  });

  it('asks for a sign-in when the site takes no guests, and refuses to post before it', async () => {
    const { client } = await renderWidget({ site: { providers: ['email', 'google.com'] } });
    open();
    fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: 'Hello' } });
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect(screen.getByRole('group', { name: 'Sign in to comment:' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('Please sign in first.');
    expect(client.calls.some((call) => call.method === 'createComment')).toBe(false);
  });
});
