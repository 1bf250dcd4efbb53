import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../../widget/src/client/parley-error.ts';
import { queued, renderConsole } from './render-console.tsx';

const article = (text: string) => screen.getByRole('article', { name: new RegExp(text) });

describe('deciding on a held comment', () => {
  it('takes an approved comment out of the queue at once and saves it when the undo window ends', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'First held'), queued('b', 'Second held')] });
    await screen.findByText('First held');
    fireEvent.click(within(article('Author a')).getByRole('button', { name: 'Approve' }));
    expect(screen.queryByText('First held')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Approved 1 comment.');
    expect(client.calls).toEqual([]);
    await waitFor(() => expect(client.calls).toEqual([{ name: 'moderateComments', data: { siteId: 'news', ids: ['a'], action: 'approve', reason: '' } }]));
    expect(client.comments.get('a')!.status).toBe('approved');
    expect(screen.queryByText('First held')).toBeNull();
  });

  it('undoes the last decision: the comment comes back and nothing reaches the server', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Keep me held')], undoMs: 5_000 });
    await screen.findByText('Keep me held');
    fireEvent.click(screen.getByRole('button', { name: 'Spam' }));
    expect(screen.queryByText('Keep me held')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Keep me held');
    expect(client.calls).toEqual([]);
    expect(client.comments.get('a')!.status).toBe('pending');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('sends the held decision as soon as the next one is taken, so only the last can be undone', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'One'), queued('b', 'Two')], undoMs: 5_000 });
    await screen.findByText('One');
    fireEvent.click(within(article('Author a')).getByRole('button', { name: 'Approve' }));
    fireEvent.click(within(article('Author b')).getByRole('button', { name: 'Spam' }));
    expect(client.calls.map((call) => call.data.action)).toEqual(['approve']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Two');
    expect(screen.queryByText('One')).toBeNull();
    expect(client.comments.get('a')!.status).toBe('approved');
    expect(client.comments.get('b')!.status).toBe('pending');
  });

  it('sends the held decision at once when the moderator leaves the queue', async () => {
    const { client, shell } = renderConsole({ comments: [queued('a', 'Leaving soon')], undoMs: 60_000 });
    await screen.findByText('Leaving soon');
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(client.calls).toEqual([]);
    shell.navigate({ page: 'log' });
    await screen.findByRole('heading', { name: 'Action log' });
    expect(client.calls.map((call) => call.data.action)).toEqual(['approve']);
  });

  it('sends the held decision when the tab is hidden, and asks before the page is left with one held', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Hidden soon'), queued('b', 'Left soon')], undoMs: 60_000 });
    await screen.findByText('Hidden soon');
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);

    fireEvent.click(within(article('Author a')).getByRole('button', { name: 'Approve' }));
    expect(client.calls).toEqual([]);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(client.calls.map((call) => call.data.ids)).toEqual([['a']]);

    fireEvent.click(within(article('Author b')).getByRole('button', { name: 'Spam' }));
    expect(leave()).toBe(true);
    expect(client.calls.map((call) => call.data.action)).toEqual(['approve', 'spam']);
    expect(leave()).toBe(false);
  });

  it('asks for a reason before rejecting and logs it with the decision', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Rude words')] });
    await screen.findByText('Rude words');
    fireEvent.click(screen.getByRole('button', { name: 'Reject…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reject 1 comment' });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Off-topic' } });
    fireEvent.input(within(dialog).getByLabelText('Note for the log (optional)'), { target: { value: 'about parking' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(client.calls[0]?.data).toMatchObject({ ids: ['a'], action: 'reject', reason: 'Off-topic: about parking' }));
  });

  it('says plainly when the server refuses, and puts the comment back', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Contested')] });
    client.failNext(new ParleyError('not-moderator'));
    await screen.findByText('Contested');
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(screen.queryByText('Contested')).toBeNull();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not save “Approved 1 comment”: You are not a moderator of this site. The comment is back as it was.');
    expect(screen.getByText('Contested')).toBeTruthy();
    expect(client.comments.get('a')!.status).toBe('pending');
  });

  it('deletes a held comment, and restores a deleted one from the queue of all comments', async () => {
    const { client, shell } = renderConsole({ comments: [queued('a', 'Delete me'), queued('b', 'Wrongly deleted', { status: 'deleted' })] });
    await screen.findByText('Delete me');
    fireEvent.click(within(article('Author a')).getByRole('button', { name: 'Delete' }));
    expect(screen.queryByText('Delete me')).toBeNull();
    await waitFor(() => expect(client.calls).toEqual([{ name: 'moderateComments', data: { siteId: 'news', ids: ['a'], action: 'delete', reason: '' } }]));
    expect(client.comments.get('a')!.status).toBe('deleted');

    shell.navigate({ page: 'queue', queue: 'all' });
    await screen.findByText('Wrongly deleted');
    fireEvent.click(within(article('Author b')).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(within(article('Author b')).queryByRole('button', { name: 'Restore' })).toBeNull());
    await waitFor(() => expect(client.calls.at(-1)).toEqual({ name: 'moderateComments', data: { siteId: 'news', ids: ['b'], action: 'restore', reason: '' } }));
    expect(client.comments.get('b')!.status).toBe('approved');
  });

  it('bans an author for a chosen time, shows the ban on their card, and (a shadow ban) files their held comment as spam', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Spammy again')] });
    await screen.findByText('Spammy again');
    fireEvent.click(screen.getByRole('button', { name: 'Ban author…' }));
    const dialog = screen.getByRole('dialog', { name: 'Ban Author a' });
    fireEvent.click(within(dialog).getByLabelText('7 days'));
    fireEvent.click(within(dialog).getByLabelText(/Shadow ban/));
    fireEvent.input(within(dialog).getByLabelText('Reason (for the log)'), { target: { value: 'Ads' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ban Author a' }));
    expect(screen.getByRole('note').textContent).toMatch(/^Shadow-banned until .*: Ads$/);
    expect(screen.getByRole('status').textContent).toBe('Shadow-banned Author a for 7 days.Undo');
    expect(screen.getByRole('button', { name: 'Lift ban' })).toBeTruthy();
    await waitFor(() => expect(client.calls[0]).toEqual({ name: 'banUser', data: { siteId: 'news', uid: 'uid-a', hours: 168, shadow: true, reason: 'Ads' } }));
    // As on the server: the author's held comment is filed as spam, so it leaves the pending queue.
    await waitFor(() => expect(screen.queryByText('Spammy again')).toBeNull());
    expect(client.comments.get('a')!.status).toBe('spam');
  });

  it('explains that staff cannot be banned when the server refuses, and lifts the shown ban', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'A colleague')] });
    client.failNext(new ParleyError('invalid-transition'));
    await screen.findByText('A colleague');
    fireEvent.click(screen.getByRole('button', { name: 'Ban author…' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ban Author a' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Moderators and owners of the site cannot be banned. The author is back as they were.');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('trusts an author from their card', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Good contributor')] });
    await screen.findByText('Good contributor');
    fireEvent.click(screen.getByRole('button', { name: 'Trust author' }));
    expect(screen.getByText('Trusted')).toBeTruthy();
    await waitFor(() => expect(client.calls[0]).toEqual({ name: 'trustUser', data: { siteId: 'news', uid: 'uid-a', trusted: true } }));
    expect(screen.getByRole('button', { name: 'Stop trusting' })).toBeTruthy();
  });

  it('offers restore for a deleted comment and pin for a published one', async () => {
    renderConsole({ comments: [queued('a', 'Gone', { status: 'deleted' }), queued('b', 'Fine', { status: 'approved' })], hash: '#/news/queue/all' });
    await screen.findByText('Fine');
    expect(within(article('Author a')).getAllByRole('button').map((button) => button.textContent)).toContain('Restore');
    expect(within(article('Author a')).queryByRole('button', { name: 'Approve' })).toBeNull();
    fireEvent.click(within(article('Author b')).getByRole('button', { name: 'Pin' }));
    expect(within(article('Author b')).getByText('pinned')).toBeTruthy();
    expect(within(article('Author b')).getByRole('button', { name: 'Unpin' })).toBeTruthy();
  });

  it('words the undo bar plainly: spam after the count, one full stop after a name that ends with one', async () => {
    renderConsole({
      comments: [queued('a', 'Fine'), queued('b', 'Buy now', { author: { uid: 'uid-b', name: 'Hana K.', avatar: null, provider: 'guest', badges: [] } })],
      undoMs: 5_000,
    });
    await screen.findByText('Buy now');
    fireEvent.click(within(article('Hana K.')).getByRole('button', { name: 'Trust author' }));
    expect(screen.getByRole('status').textContent).toBe('Trusted Hana K.Undo');
    fireEvent.click(within(article('Hana K.')).getByRole('button', { name: 'Spam' }));
    expect(screen.getByRole('status').textContent).toBe('Marked 1 comment as spam.Undo');
  });
});
