import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Provider } from '../../core/src/types.ts';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import type { Account } from '../../widget/src/client/reader/reader-client.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

const SITE = { providers: ['guest', 'google.com', 'email'] as Provider[] };

const ANN: Account = { uid: 'ann-uid', name: 'Ann', avatar: null, provider: 'google.com' };

/** Renders the widget with Ann signed in (remembered from an earlier visit) and the composer open. */
async function signedIn() {
  localStorage.setItem('parley:account', JSON.stringify(ANN));
  localStorage.setItem('parley:uid', ANN.uid);
  const rendered = await renderWidget({ site: SITE, account: ANN });
  fireEvent.focus(screen.getByLabelText('Your comment'));
  return rendered;
}

/** Chooses an item of the account menu, as Enter on it would. */
async function choose(item: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Account' }));
  const button = await screen.findByRole('button', { name: item });
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Change name'));
  button.focus();
  fireEvent.click(button);
}

afterEach(() => vi.restoreAllMocks());

/** Opens the composer and the email-link form, as a keyboard user would. */
async function openLinkForm() {
  fireEvent.focus(screen.getByLabelText('Your comment'));
  fireEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));
  const input = screen.getByLabelText('Your email address');
  await waitFor(() => expect(document.activeElement).toBe(input));
  return input;
}

/** The element that holds an error, and whether it sits inside `container`. */
function errorIn(container: Element, text: string) {
  const error = screen.getByText(text);
  return { inside: container.contains(error), role: error.getAttribute('role') };
}

describe('focus and errors in the sign-in paths', () => {
  it('puts focus on the address each time the email-link form opens, back on its button after Cancel or Escape, and on the message once sent', async () => {
    await renderWidget({ site: SITE });
    let input = await openLinkForm();
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Email me a sign-in link'));
    fireEvent.click(document.activeElement!);
    input = screen.getByLabelText('Your email address');
    await waitFor(() => expect(document.activeElement).toBe(input));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Email me a sign-in link'));
    input = await openLinkForm();
    fireEvent.input(input, { target: { value: 'ann@example.com' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const sent = await screen.findByText(/Check your inbox/);
    await waitFor(() => expect(document.activeElement).toBe(sent));
    fireEvent.click(screen.getByRole('button', { name: 'Use another address' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Your email address')));
  });

  it('shows a refused address under the address field, which it describes, and keeps focus there', async () => {
    await renderWidget({ site: SITE });
    const input = await openLinkForm();
    fireEvent.input(input, { target: { value: 'not-an-address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send link' }));
    const message = 'Please enter a valid email address, like name@example.com.';
    await screen.findByText(message);
    const field = input.closest('.field')!;
    expect(errorIn(field, message)).toEqual({ inside: true, role: 'alert' });
    expect(screen.getAllByText(message)).toHaveLength(1);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByText(message).id);
    await waitFor(() => expect(document.activeElement).toBe(input));
    // Correcting the address takes the message away.
    fireEvent.input(input, { target: { value: 'ann@example.com' } });
    expect(screen.queryByText(message)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a failed social sign-in under the sign-in buttons, not below the send button', async () => {
    await renderWidget({ site: SITE, failOn: { signInWithProvider: [new ParleyError('popup-blocked')] } });
    fireEvent.focus(screen.getByLabelText('Your comment'));
    fireEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue with Google' }));
    const message = 'The sign-in window was blocked. Allow pop-ups for this site and try again.';
    await screen.findByText(message);
    const send = screen.getByRole('button', { name: 'Post comment' });
    const error = screen.getByText(message);
    // Before the send button in the document, right after the sign-in group.
    expect(error.compareDocumentPosition(send) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(error.previousElementSibling?.getAttribute('role')).toBe('group');
    // Choosing a provider left the address form.
    expect(screen.queryByLabelText('Your email address')).toBeNull();
  });

  it('puts focus on the display name each time the name form opens, and a refused name under it', async () => {
    localStorage.setItem('parley:account', JSON.stringify(ANN));
    localStorage.setItem('parley:uid', ANN.uid);
    await renderWidget({ site: SITE, account: ANN, failOn: { updateProfile: [new ParleyError('network')] } });
    fireEvent.focus(screen.getByLabelText('Your comment'));
    for (let round = 0; round < 2; round++) {
      fireEvent.click(screen.getByRole('button', { name: 'Account' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Change name' }));
      const input = screen.getByLabelText('Display name');
      await waitFor(() => expect(document.activeElement).toBe(input));
      if (round === 0) {
        fireEvent.input(input, { target: { value: 'Ann B.' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
        const message = 'Could not reach the server. Check your connection and try again; your text is kept.';
        await screen.findByText(message);
        expect(errorIn(input.closest('.field')!, message).inside).toBe(true);
        expect((input as HTMLInputElement).value).toBe('Ann B.');
        fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      }
    }
  });

  it('returns focus to the Account button after "Download my data", and to the text box once signed out', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:parley-test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await signedIn();
    await choose('Download my data');
    await screen.findByText('Your data was downloaded as a JSON file.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Account' }));
    await choose('Sign out');
    await screen.findByText('You are signed out.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Your comment')));
  });

  it('puts focus in the text box once the account is deleted', async () => {
    await signedIn();
    await choose('Delete my account');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete my account for good' }));
    await screen.findByText('Your account was deleted.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Your comment')));
  });

  it('puts focus in the text box once a guest deleted their data', async () => {
    localStorage.setItem('parley:uid', 'guest-7');
    const guest = { uid: 'guest-7', name: '', avatar: null, provider: 'guest' as const };
    await renderWidget({ site: SITE, account: guest, uid: 'guest-7', comments: [makeComment('g', 'Posted as a guest', { author: { ...guest, name: 'Rosa', badges: [] } })] });
    fireEvent.focus(screen.getByLabelText('Your comment'));
    fireEvent.click(await screen.findByText('Your data'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete my guest data' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete my guest data' }));
    await screen.findByText('Your guest data was deleted.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Your comment')));
  });

  it('closes the account menu when Tab leaves it, so it no longer covers the text box below', async () => {
    await signedIn();
    const toggle = screen.getByRole('button', { name: 'Account' });
    fireEvent.click(toggle);
    const items = within(screen.getByRole('list', { name: 'Account' })).getAllByRole('button');
    // Moving between its items keeps it open.
    fireEvent.focusOut(items[0]!, { relatedTarget: items[1] });
    expect(screen.getByRole('list', { name: 'Account' })).toBeTruthy();
    const box = screen.getByLabelText('Your comment');
    fireEvent.focusOut(items[3]!, { relatedTarget: box });
    box.focus();
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Account' })).toBeNull());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(box);
  });

  it('with a reply box open, focuses the address in the composer the reader asked from, not in the other one', async () => {
    await renderWidget({ site: SITE, comments: [makeComment('a', 'Reply to me')] });
    fireEvent.click(screen.getByRole('button', { name: 'Reply' }));
    const replyBox = await screen.findByLabelText('Your reply to Author a');
    const reply = replyBox.closest('form')!;
    fireEvent.focus(screen.getByLabelText('Your comment'));
    const main = screen.getByLabelText('Your comment').closest('form')!;
    for (const [asking, other] of [
      [reply, main],
      [main, reply],
    ] as const) {
      fireEvent.click(within(asking).getByRole('button', { name: 'Email me a sign-in link' }));
      // The step is shared, so both composers show the form; the one asked from has the focus.
      await waitFor(() => expect(document.activeElement).toBe(within(asking).getByLabelText('Your email address')));
      expect(within(other).getByLabelText('Your email address')).toBeTruthy();
      fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
      await waitFor(() => expect(document.activeElement).toBe(within(asking).getByRole('button', { name: 'Email me a sign-in link' })));
    }
    fireEvent.click(within(reply).getByRole('button', { name: 'Email me a sign-in link' }));
    const input = within(reply).getByLabelText('Your email address');
    fireEvent.input(input, { target: { value: 'ann@example.com' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(document.activeElement).toBe(within(reply).getByText(/Check your inbox/)));
  });
});
