import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../core/src/types.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

/** A chain five deep: the fifth reply is shown flat, saying which comment it answers (the fourth). */
function chain(fourth: Partial<Comment> = {}): Comment[] {
  return [
    makeComment('a', 'Level one'),
    makeComment('b', 'Level two', { parentId: 'a', rootId: 'a', depth: 1 }),
    makeComment('c', 'Level three', { parentId: 'b', rootId: 'a', depth: 2 }),
    makeComment('d', 'Level four', { parentId: 'c', rootId: 'a', depth: 3, ...fourth }),
    makeComment('e', 'Level five', { parentId: 'd', rootId: 'a', depth: 4 }),
  ];
}

/** As the server publishes a deleted comment: no text, the author blanked. */
const DELETED: Partial<Comment> = { status: 'deleted', tree: [], author: { uid: '', name: '', avatar: null, provider: 'guest', badges: [] } };

describe('a reply whose parent was deleted', () => {
  it.each([
    ['en', 'replying to a deleted comment', 'replying to Former member'],
    ['ru', 'в ответ на удалённый комментарий', 'в ответ пользователю Бывший участник'],
    ['es', 'en respuesta a un comentario eliminado', 'en respuesta a Antiguo miembro'],
    ['de', 'Antwort auf einen gelöschten Kommentar', 'Antwort an Ehemaliges Mitglied'],
    ['ar', 'ردًا على تعليق محذوف', 'ردًا على عضو سابق'],
  ])('[%s] says it replies to a deleted comment, linking to its placeholder', async (locale, deleted, formerMember) => {
    await renderWidget({ locale, comments: chain(DELETED) });
    const fifth = document.getElementById('comment-e')!;
    const link = within(fifth).getByRole('link', { name: deleted });
    expect(link.getAttribute('href')).toBe('#comment-d');
    expect(document.getElementById('comment-d')!.className).toContain('deleted');
    expect(within(fifth).queryByText(formerMember)).toBeNull();
  });

  it('still names a former member when the parent comment stays but its author deleted their account', async () => {
    await renderWidget({ comments: chain({ author: { uid: '', name: '', avatar: null, provider: 'guest', badges: [] } }) });
    expect(within(screen.getByRole('article', { name: 'Author e' })).getByRole('link', { name: 'replying to Former member' })).toBeTruthy();
  });

  it('changes the wording when the parent is deleted while the thread is open', async () => {
    const { client } = await renderWidget({ comments: chain() });
    const fifth = screen.getByRole('article', { name: 'Author e' });
    expect(within(fifth).getByRole('link', { name: 'replying to Author d' })).toBeTruthy();
    const [, , , fourth] = chain();
    client.emit([{ commentId: 'd', kind: 'upsert', comment: { ...fourth!, ...DELETED }, before: 'approved', at: Date.now() }]);
    await waitFor(() => expect(within(fifth).getByRole('link', { name: 'replying to a deleted comment' })).toBeTruthy());
  });
});
