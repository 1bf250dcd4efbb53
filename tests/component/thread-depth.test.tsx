import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeComment, renderWidget } from './render-widget.tsx';

describe('deep replies', () => {
  it('nests three levels (comment, reply, reply to a reply) and lists deeper replies flat in the third, saying whom they reply to with a link', async () => {
    await renderWidget({
      comments: [
        makeComment('a', 'Level one'),
        makeComment('b', 'Level two', { parentId: 'a', rootId: 'a', depth: 1 }),
        makeComment('c', 'Level three', { parentId: 'b', rootId: 'a', depth: 2 }),
        makeComment('d', 'Level four', { parentId: 'c', rootId: 'a', depth: 3 }),
        makeComment('e', 'Level five', { parentId: 'd', rootId: 'a', depth: 4 }),
      ],
    });
    const nesting = (id: string) => {
      let depth = 0;
      for (let element = document.getElementById(id)?.parentElement; element; element = element.parentElement) if (element.tagName === 'OL') depth++;
      return depth;
    };
    expect(['comment-a', 'comment-b', 'comment-c', 'comment-d', 'comment-e'].map(nesting)).toEqual([1, 2, 3, 3, 3]);
    const fifth = screen.getByRole('article', { name: 'Author e' });
    const link = within(fifth).getByRole('link', { name: 'replying to Author d' });
    expect(link.getAttribute('href')).toBe('#comment-d');
    expect(within(screen.getByRole('article', { name: 'Author d' })).getByRole('link', { name: 'replying to Author c' })).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Author c' })).queryByText(/replying to/)).toBeNull();
  });
});
