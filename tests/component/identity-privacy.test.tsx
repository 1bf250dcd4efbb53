import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../widget/src/client/reader/reader-client.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

const ANN: Account = { uid: 'ann-uid', name: 'Ann', avatar: null, provider: 'email' };

async function signedIn() {
  localStorage.setItem('parley:account', JSON.stringify(ANN));
  localStorage.setItem('parley:uid', ANN.uid);
  const comments = [makeComment('a', 'Mine', { author: { ...ANN, badges: [] } }), makeComment('b', 'Someone else')];
  const rendered = await renderWidget({ site: { providers: ['guest', 'email'] }, account: ANN, comments });
  fireEvent.focus(screen.getByLabelText('Your comment'));
  fireEvent.click(screen.getByRole('button', { name: 'Account' }));
  return rendered;
}

afterEach(() => vi.restoreAllMocks());

describe('privacy', () => {
  it('downloads my data as a JSON file with my comments and nobody else’s', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:parley-test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await signedIn();
    fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    await screen.findByText('Your data was downloaded as a JSON file.');
    expect(clicked[0]!.download).toBe('parley-data-test.json');
    expect(clicked[0]!.href).toBe('blob:parley-test');
    const data = JSON.parse(await blobs[0]!.text());
    expect(data.uid).toBe('ann-uid');
    expect(data.comments.map((comment: { id: string }) => comment.id)).toEqual(['a']);
  });

  it('asks before deleting the account, and Cancel (where focus starts) keeps it', async () => {
    const { client } = await signedIn();
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('comments are deleted or anonymised as this site has chosen');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(client.calls.some((call) => call.method === 'deleteMyAccount')).toBe(false);
  });

  it('deletes the account, signs out, and the comments show as by a former member', async () => {
    const { client } = await signedIn();
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account for good' }));
    await screen.findByText('Your account was deleted.');
    expect(client.account()).toBeNull();
    expect(screen.queryByText('Posting as Ann')).toBeNull();
    await waitFor(() => expect(screen.getByRole('article', { name: 'Former member' }).textContent).toContain('Mine'));
    expect(screen.queryByRole('article', { name: 'Ann' })).toBeNull();
  });

  it('says so when the export fails, and stays signed in', async () => {
    const { client } = await signedIn();
    client.failNext(new (await import('../../widget/src/client/parley-error.ts')).ParleyError('network'), 'exportMyData');
    fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    await screen.findByText(/Could not reach the server/);
    expect(screen.getByText('Posting as Ann')).toBeTruthy();
  });

  describe('for a guest who posted on this browser', () => {
    const GUEST: Account = { uid: 'guest-7', name: '', avatar: null, provider: 'guest' };
    async function guest() {
      localStorage.setItem('parley:uid', GUEST.uid);
      localStorage.setItem('parley:guest', JSON.stringify({ name: 'Rosa', email: 'rosa@example.com', website: '' }));
      const comments = [makeComment('g', 'Posted as a guest', { author: { ...GUEST, name: 'Rosa', badges: [] } }), makeComment('b', 'Someone else')];
      const rendered = await renderWidget({ site: { providers: ['guest', 'email'] }, account: GUEST, comments });
      fireEvent.focus(screen.getByLabelText('Your comment'));
      return rendered;
    }

    it('downloads their data from "Your data"', async () => {
      const blobs: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:parley-test'));
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      await guest();
      fireEvent.click(await screen.findByText('Your data'));
      fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));
      await screen.findByText('Your data was downloaded as a JSON file.');
      const data = JSON.parse(await blobs[0]!.text());
      expect(data.uid).toBe('guest-7');
      expect(data.comments.map((comment: { id: string }) => comment.id)).toEqual(['g']);
    });

    it('deletes their guest data after asking: the comments lose the name and the browser forgets the details', async () => {
      const { client } = await guest();
      fireEvent.click(await screen.findByText('Your data'));
      fireEvent.click(screen.getByRole('button', { name: 'Delete my guest data' }));
      const dialog = screen.getByRole('alertdialog');
      expect(dialog.textContent).toContain('Delete what you posted as a guest?');
      await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
      // Cancel brings focus back to the button that asked; asking again opens the same question.
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete my guest data'));
      fireEvent.click(screen.getByRole('button', { name: 'Delete my guest data' }));
      fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete my guest data' }));
      await screen.findByText('Your guest data was deleted.');
      expect(client.calls.some((call) => call.method === 'deleteMyAccount')).toBe(true);
      await waitFor(() => expect(screen.getByRole('article', { name: 'Former member' }).textContent).toContain('Posted as a guest'));
      expect(localStorage.getItem('parley:guest')).toBeNull();
      expect(localStorage.getItem('parley:uid')).toBeNull();
      expect(screen.queryByText('Your data')).toBeNull();
    });

    it('refuses, and keeps the details, when this browser no longer holds the guest account that posted', async () => {
      localStorage.setItem('parley:uid', GUEST.uid);
      localStorage.setItem('parley:guest', JSON.stringify({ name: 'Rosa', email: 'rosa@example.com', website: '' }));
      // Auth's storage was cleared: a call would run as a brand-new guest.
      const { client } = await renderWidget({ site: { providers: ['guest', 'email'] }, account: { ...GUEST, uid: 'new-guest' } });
      fireEvent.focus(screen.getByLabelText('Your comment'));
      fireEvent.click(await screen.findByText('Your data'));
      fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/^This browser no longer holds the account that posted here/);
      fireEvent.click(screen.getByRole('button', { name: 'Delete my guest data' }));
      fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete my guest data' }));
      await waitFor(() => expect(client.calls.filter((call) => call.method === 'deleteMyAccount')).toHaveLength(1));
      expect(screen.queryByText('Your guest data was deleted.')).toBeNull();
      expect(client.account()?.uid).toBe('new-guest');
      expect(localStorage.getItem('parley:guest')).not.toBeNull();
    });

    it('is not offered to a reader who never posted here', async () => {
      await renderWidget({ site: { providers: ['guest', 'email'] } });
      fireEvent.focus(screen.getByLabelText('Your comment'));
      await screen.findByLabelText('Name');
      expect(screen.queryByText('Your data')).toBeNull();
    });
  });
});
