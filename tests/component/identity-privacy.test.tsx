import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../widget/src/client/reader-client.ts';
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
});
