import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
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
    thread.addOwn([makeComment('held', 'Mine, waiting', { status: 'pending', author: me })]);
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
});
