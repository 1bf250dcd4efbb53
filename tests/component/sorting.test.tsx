import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createOwnChanges } from '../../widget/src/thread/own-changes.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

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
    const { client } = await renderWidget({ comments: all, pageSize: 2, sort: 'top' });
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
    await waitFor(() => expect(order()).toEqual(['pin', 'mine']));
    expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('false');
    expect(screen.getByLabelText('Edit your comment')).toBe(box);
    expect(box.value).toBe('My words, half edited');
    expect(document.activeElement).toBe(picker);
  });
});
