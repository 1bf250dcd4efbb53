import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { createOwnChanges } from '../../widget/src/thread/own-changes.ts';
import { makeComment, renderWidget } from './render-widget.tsx';
import { afterPendingPromises } from './settle.ts';

const comments = () => [
  makeComment('old', 'Oldest', { reactions: { like: 1 } }),
  makeComment('mid', 'Most liked', { reactions: { like: 9, love: 2 } }),
  makeComment('new', 'Newest'),
  makeComment('pin', 'Pinned by the editors', { pinned: true }),
];
const order = () => screen.getAllByRole('article').map((article) => article.id.replace('comment-', ''));

describe('sorting', () => {
  it.each([
    ['oldest', ['pin', 'old', 'mid', 'new']],
    ['newest', ['pin', 'new', 'mid', 'old']],
    ['top', ['pin', 'mid', 'old', 'new']],
  ] as const)('orders by %s with pinned comments first', async (sort, expected) => {
    await renderWidget({ comments: comments(), sort });
    expect(order()).toEqual(expected);
    expect(screen.getByRole('article', { name: 'Author pin' }).textContent).toContain('Pinned');
  });

  it("keeps the reader's comment awaiting moderation when another order reloads the thread", async () => {
    localStorage.setItem('parley:uid', 'me');
    const me = { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest' as const, badges: [] };
    const { thread } = await renderWidget({ comments: [...comments(), makeComment('x', 'Extra')], pageSize: 2 });
    thread.own(createOwnChanges).addOwn([makeComment('held', 'Mine, waiting', { status: 'pending', author: me })]);
    await screen.findByText('Mine, waiting');
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'newest' } });
    await waitFor(() => expect(order()[1]).toBe('held'));
    expect(screen.getByText('Mine, waiting')).toBeTruthy();
  });

  it('reorders when the reader picks another order', async () => {
    await renderWidget({ comments: comments() });
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'newest' } });
    await waitFor(() => expect(order()).toEqual(['pin', 'new', 'mid', 'old']));
  });

  it('keeps the thread, an open edit and what is typed in it while another order loads, with focus on the order picker', async () => {
    localStorage.setItem('parley:uid', 'me');
    const me = { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest' as const, badges: [] };
    const all = [...comments(), makeComment('mine', 'My words', { author: me, createdAt: Date.now(), reactions: { like: 20 } })];
    const { client } = await renderWidget({ comments: all, pageSize: 1, sort: 'top' });
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const box = (await screen.findByLabelText('Edit your comment')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('My words'));
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.input(box, { target: { value: 'My words, half edited' } });
    const release = client.hold('loadThread');
    const picker = screen.getByLabelText('Sort by');
    picker.focus();
    fireEvent.change(picker, { target: { value: 'newest' } });
    // While the new order is on its way, the thread stays (marked busy).
    expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByLabelText('Edit your comment')).toBe(box);
    release();
    await waitFor(() => expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('false'));
    expect(order()).toEqual(['pin', 'mine']);
    expect(screen.getByLabelText('Edit your comment')).toBe(box);
    expect(box.value).toBe('My words, half edited');
    expect(document.activeElement).toBe(picker);
  });

  it('shows the order picked last when the answer for an earlier pick arrives after it', async () => {
    const { client } = await renderWidget({ comments: comments(), pageSize: 1 });
    const picker = screen.getByLabelText('Sort by');
    const releaseNewest = client.hold('loadThread');
    fireEvent.change(picker, { target: { value: 'newest' } });
    const releaseTop = client.hold('loadThread');
    fireEvent.change(picker, { target: { value: 'top' } });
    releaseTop();
    await waitFor(() => expect(order()).toEqual(['pin', 'mid']));
    releaseNewest();
    // The late answer for "newest" is dropped: the thread stays in the order on the picker.
    await afterPendingPromises();
    expect(order()).toEqual(['pin', 'mid']);
    expect((picker as HTMLSelectElement).value).toBe('top');
    expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('false');
  });

  it('stays in the old order, with the thread and a message, when the new one cannot be loaded', async () => {
    const { client } = await renderWidget({ comments: comments(), pageSize: 1 });
    client.failNext(new ParleyError('network'), 'loadThread');
    const picker = screen.getByLabelText('Sort by') as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: 'newest' } });
    await waitFor(() => expect(picker.value).toBe('oldest'));
    expect(order()).toEqual(['pin', 'old']);
    expect((await screen.findByRole('alert')).textContent).not.toBe('');
  });

  it("keeps the reader's comment edited while another order loads, in its new words", async () => {
    localStorage.setItem('parley:uid', 'me');
    const me = { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest' as const, badges: [] };
    const mine = makeComment('mine', 'My first words', { author: me, createdAt: Date.now(), reactions: { like: 20 } });
    const { client } = await renderWidget({ comments: [...comments(), mine], pageSize: 2, sort: 'top' });
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const box = (await screen.findByLabelText('Edit your comment')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('My first words'));
    fireEvent.input(box, { target: { value: 'My better words' } });
    // The new order is read before the edit is saved, and answers after it: with the old text.
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    const read = client.loadThread.bind(client);
    client.loadThread = async (query) => {
      const snapshot = await read(query);
      await answered;
      return snapshot;
    };
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'newest' } });
    await waitFor(() => expect(client.calls.filter((call) => call.method === 'loadThread').length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('My better words');
    release();
    await waitFor(() => expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByText('My better words')).toBeTruthy();
    expect(screen.queryByText('My first words')).toBeNull();
  });
});
