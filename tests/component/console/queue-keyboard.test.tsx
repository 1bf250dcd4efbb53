import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { manyPending, queued, renderConsole } from './render-console.tsx';
import { afterRenderFrames } from '../settle.ts';

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });
const current = () => document.querySelector('article[aria-current="true"]');
const focusedText = () => (document.activeElement as HTMLElement | null)?.textContent ?? '';

describe('moderating with the keyboard', () => {
  it('moves through the queue with j and k, keeping focus on the current comment', async () => {
    renderConsole({ comments: [queued('a', 'Oldest'), queued('b', 'Middle'), queued('c', 'Newest')] });
    await screen.findByText('Oldest');
    await waitFor(() => expect(focusedText()).toContain('Newest'));
    press('j');
    await waitFor(() => expect(focusedText()).toContain('Middle'));
    expect(current()!.textContent).toContain('Middle');
    press('j');
    press('j');
    await waitFor(() => expect(focusedText()).toContain('Oldest'));
    press('k');
    await waitFor(() => expect(focusedText()).toContain('Middle'));
  });

  it('moves once per j however fast the keys come, before the focus has caught up', async () => {
    renderConsole({ comments: manyPending(6) });
    await screen.findByText('Held comment number 6');
    await waitFor(() => expect(focusedText()).toContain('Held comment number 6'));
    // Raw key events outside act(): each render runs in a microtask, effects wait for the next paint.
    for (let step = 0; step < 4; step++) {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }));
      for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    }
    await waitFor(() => expect(focusedText()).toContain('Held comment number 2'));
    // Once the effects of those renders have run too, the cursor and the focus are still there.
    await afterRenderFrames();
    expect(current()!.textContent).toContain('Held comment number 2');
    expect(focusedText()).toContain('Held comment number 2');
  });

  it('clears a queue of 20 with the keyboard alone, focus always on the next comment and finally on the empty queue', async () => {
    const { client } = renderConsole({ comments: manyPending(20) });
    await screen.findByText('Held comment number 20');
    for (let left = 20; left > 0; left--) {
      await waitFor(() => expect(document.activeElement?.tagName).toBe('ARTICLE'));
      const text = focusedText();
      press(left % 3 === 0 ? 's' : 'a');
      await waitFor(() => expect(screen.queryAllByRole('article')).toHaveLength(left - 1));
      expect(screen.queryByText(text.match(/Held comment number \d+/)![0])).toBeNull();
    }
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Nothing in pending. All clear.'));
    await waitFor(() => expect(client.calls.flatMap((call) => call.data.ids as string[])).toHaveLength(20));
    expect([...client.comments.values()].filter((item) => item.status === 'pending')).toEqual([]);
    expect([...client.comments.values()].filter((item) => item.status === 'spam')).toHaveLength(6);
  });

  it('rejects with r: the dialog opens with focus in the note, and confirming rejects the current comment', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Second'), queued('b', 'First')] });
    await screen.findByText('First');
    press('r');
    const dialog = screen.getByRole('dialog', { name: 'Reject 1 comment' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Note for the log (optional)')));
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(screen.queryByText('First')).toBeNull());
    await waitFor(() => expect(focusedText()).toContain('Second'));
    await waitFor(() => expect(client.calls[0]?.data).toMatchObject({ ids: ['b'], action: 'reject' }));
  });

  it('shows the reject dialog with focus in the note before the next key press, not after the next paint', async () => {
    renderConsole({ comments: [queued('a', 'Quick')] });
    await screen.findByText('Quick');
    await waitFor(() => expect(focusedText()).toContain('Quick'));
    // A real key event outside act(): only the render's own microtask may run before the check, as
    // when Enter follows r at once.
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, cancelable: true }));
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    const dialog = document.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Note for the log (optional)'));
  });

  it('selects with x and decides on the whole selection', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Three'), queued('b', 'Two'), queued('c', 'One')] });
    await screen.findByText('One');
    press('x');
    press('j');
    press('x');
    expect(screen.getByText('2 selected')).toBeTruthy();
    press('a');
    await waitFor(() => expect(screen.queryAllByRole('article')).toHaveLength(1));
    expect(screen.getByText('Three')).toBeTruthy();
    await waitFor(() => expect(client.calls[0]?.data).toMatchObject({ ids: ['c', 'b'], action: 'approve' }));
  });

  it('takes shortcuts from a checkbox just ticked with the mouse: a decides on the selection, j moves on', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Three'), queued('b', 'Two'), queued('c', 'One')] });
    await screen.findByText('One');
    const box = screen.getByRole('checkbox', { name: 'Select the comment by Author b' });
    box.focus();
    fireEvent.click(box);
    expect(screen.getByText('1 selected')).toBeTruthy();
    press('a', box);
    await waitFor(() => expect(screen.queryByText('Two')).toBeNull());
    await waitFor(() => expect(client.calls[0]?.data).toMatchObject({ ids: ['b'], action: 'approve' }));
    const all = screen.getByRole('checkbox', { name: 'Select all on this page' });
    all.focus();
    press('j', all);
    await waitFor(() => expect(current()!.textContent).toContain('Three'));
  });

  it('acts on the comment that holds the focus after Tab moved it into another card, not on the one left behind', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Three'), queued('b', 'Two'), queued('c', 'One')] });
    await screen.findByText('One');
    await waitFor(() => expect(focusedText()).toContain('One'));
    const button = within(screen.getByRole('article', { name: /Author b/ })).getByRole('button', { name: 'Spam' });
    button.focus();
    await waitFor(() => expect(current()!.textContent).toContain('Two'));
    press('a', button);
    await waitFor(() => expect(client.calls[0]?.data).toMatchObject({ ids: ['b'], action: 'approve' }));
  });

  it('undoes with u and brings focus back to the restored comment', async () => {
    renderConsole({ comments: [queued('a', 'Second'), queued('b', 'First')], undoMs: 5_000 });
    await screen.findByText('First');
    press('s');
    await waitFor(() => expect(focusedText()).toContain('Second'));
    press('u');
    await waitFor(() => expect(focusedText()).toContain('First'));
  });

  it('bans the current author with b: the dialog takes focus, Cancel closes it, and focus comes back to the comment', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Other'), queued('b', 'Spammer again')] });
    await screen.findByText('Spammer again');
    await waitFor(() => expect(focusedText()).toContain('Spammer again'));
    press('b');
    let dialog = screen.getByRole('dialog', { name: 'Ban Author b' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Reason (for the log)')));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(focusedText()).toContain('Spammer again'));
    expect(client.calls).toEqual([]);

    press('b');
    dialog = screen.getByRole('dialog', { name: 'Ban Author b' });
    fireEvent.click(within(dialog).getByLabelText('Permanently'));
    fireEvent.input(within(dialog).getByLabelText('Reason (for the log)'), { target: { value: 'Link farm' } });
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(client.calls[0]).toEqual({ name: 'banUser', data: { siteId: 'news', uid: 'uid-b', hours: null, shadow: false, reason: 'Link farm' } }));
    await waitFor(() => expect(focusedText()).toContain('Spammer again'));
  });

  it("keeps focus in the queue when another moderator's decision takes the current comment away", async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Stays'), queued('b', 'Decided elsewhere')] });
    await screen.findByText('Decided elsewhere');
    await waitFor(() => expect(focusedText()).toContain('Decided elsewhere'));
    // A colleague's approval arrives through the live queue.
    await client.moderate('news', ['b'], 'approve');
    await waitFor(() => expect(screen.queryByText('Decided elsewhere')).toBeNull());
    await waitFor(() => expect(focusedText()).toContain('Stays'));
    press('a');
    await waitFor(() => expect(client.calls.at(-1)?.data).toMatchObject({ ids: ['a'], action: 'approve' }));
  });

  it('says so when a key does not apply, instead of asking for a reason or doing nothing silently', async () => {
    const { client } = renderConsole({ hash: '#/news/queue/rejected', comments: [queued('a', 'Rejected before', { status: 'rejected' })] });
    await screen.findByText('Rejected before');
    press('r');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('“Reject” does not apply: this comment is rejected.');
    press('a');
    await waitFor(() => expect(screen.queryByText('Rejected before')).toBeNull());
    expect(screen.getByRole('status').textContent).not.toContain('does not apply');
    await waitFor(() => expect(client.calls[0]?.data).toMatchObject({ ids: ['a'], action: 'approve' }));
  });

  it('opens the queues with 1 to 5 and keeps focus on the first comment of the one opened', async () => {
    const { win } = renderConsole({ comments: [queued('a', 'Held one'), queued('b', 'Spam one', { status: 'spam' })] });
    await screen.findByText('Held one');
    await waitFor(() => expect(focusedText()).toContain('Held one'));
    press('3', document.activeElement!);
    await waitFor(() => expect(win.location.hash).toBe('#/news/queue/spam'));
    await waitFor(() => expect(focusedText()).toContain('Spam one'));
    expect(screen.getByRole('link', { name: /^Spam/ }).getAttribute('aria-current')).toBe('page');
    press('1', document.activeElement!);
    await waitFor(() => expect(focusedText()).toContain('Held one'));
  });

  it('loads the next comments when j goes past the last one shown', async () => {
    renderConsole({ comments: manyPending(55) });
    await screen.findByText('Held comment number 55');
    for (let step = 0; step < 49; step++) press('j');
    await waitFor(() => expect(current()!.textContent).toContain('Held comment number 6'));
    press('j');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(55));
    expect(current()!.textContent).toContain('Held comment number 6');
    press('j');
    await waitFor(() => expect(current()!.textContent).toContain('Held comment number 5'));
  });

  it('never lets a key typed right after 3 act on the queue just left', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Held one'), queued('b', 'Spam one', { status: 'spam' })], undoMs: 60_000 });
    await screen.findByText('Held one');
    await waitFor(() => expect(focusedText()).toContain('Held one'));
    // Raw key events outside act(): only microtasks run between them, as when "3a" is typed fast.
    for (const key of ['3', 'a']) {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    }
    // A decision shows at once and is held a minute here: one taken on "Held one" would hide it from pending.
    await afterRenderFrames();
    press('1');
    await screen.findByText('Held one');
    expect(client.comments.get('a')!.status).toBe('pending');
  });

  it('asks a reason for only the selected comments a rejection changes', async () => {
    renderConsole({ hash: '#/news/queue/all', comments: [queued('a', 'Held', {}), queued('b', 'Rejected already', { status: 'rejected' }), queued('c', 'Published', { status: 'approved' })] });
    await screen.findByText('Published');
    press('X');
    expect(screen.getByText('3 selected')).toBeTruthy();
    press('r');
    expect(screen.getByRole('dialog', { name: 'Reject 2 comments' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Reject 3' }));
    expect(screen.getByRole('dialog', { name: 'Reject 2 comments' })).toBeTruthy();
  });

  it('lists the shortcuts with ?', async () => {
    renderConsole({ comments: [queued('a', 'Any')] });
    await screen.findByText('Any');
    press('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const label of ['Next comment', 'Previous comment', 'Mark as spam', 'Ban the author', 'Undo the last action']) expect(within(help).getByText(label, { exact: false })).toBeTruthy();
  });

  it('leaves keys typed into the search box alone', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Apple pie'), queued('b', 'Banana bread')], undoMs: 60_000 });
    await screen.findByText('Apple pie');
    press('/');
    const search = screen.getByRole('searchbox');
    await waitFor(() => expect(document.activeElement).toBe(search));
    press('a', search);
    fireEvent.input(search, { target: { value: 'apple' } });
    expect(screen.queryByText('Banana bread')).toBeNull();
    expect(screen.getByText('Apple pie')).toBeTruthy();
    await afterRenderFrames();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(client.calls).toEqual([]);
  });

  it('goes from the search box back to the comments by keyboard: Enter keeps the search, Escape clears it, a second Escape leaves', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Apple pie'), queued('b', 'Banana bread'), queued('c', 'Cherry tart')] });
    await screen.findByText('Apple pie');
    press('/');
    const search = screen.getByRole('searchbox');
    await waitFor(() => expect(document.activeElement).toBe(search));
    fireEvent.input(search, { target: { value: 'apple' } });
    press('Enter', search);
    await waitFor(() => expect(focusedText()).toContain('Apple pie'));
    press('a', document.activeElement!);
    await waitFor(() => expect(client.calls[0]?.data).toMatchObject({ ids: ['a'], action: 'approve' }));

    press('/');
    await waitFor(() => expect(document.activeElement).toBe(search));
    fireEvent.input(search, { target: { value: 'tart' } });
    expect(screen.queryByText('Banana bread')).toBeNull();
    press('Escape', search);
    expect((search as HTMLInputElement).value).toBe('');
    expect(screen.getByText('Banana bread')).toBeTruthy();
    expect(document.activeElement).toBe(search);
    press('Escape', search);
    await waitFor(() => expect(focusedText()).toContain('Cherry tart'));
  });

  it('says the search covers the loaded comments only while more are left to load', async () => {
    renderConsole({ comments: manyPending(60) });
    await screen.findByText('Held comment number 60');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'number 1' } });
    expect(screen.getByText(/The search looks through the comments loaded so far/)).toBeTruthy();
    expect(screen.queryByText('Held comment number 1')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByText('Held comment number 1');
    expect(screen.queryByText(/The search looks through the comments loaded so far/)).toBeNull();
  });
});
