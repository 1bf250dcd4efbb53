import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeComment, renderWidget } from './render-widget.tsx';

describe('the thread', () => {
  it('shows each approved comment as an article with its author and text, replies nested under their parent', async () => {
    await renderWidget({
      comments: [makeComment('a', 'First!'), makeComment('b', 'A reply', { parentId: 'a' }), makeComment('c', 'Second top-level')],
    });
    const articles = screen.getAllByRole('article');
    expect(articles.map((article) => article.id)).toEqual(['comment-a', 'comment-b', 'comment-c']);
    expect(within(articles[0]!).getByText('Author a')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '3 comments' })).toBeTruthy();
    const reply = screen.getByRole('article', { name: 'Author b' });
    expect(reply.closest('ol')!.parentElement!.querySelector('#comment-a')).toBeTruthy();
  });

  it('says "Be the first to comment" on an empty thread', async () => {
    await renderWidget();
    expect(screen.getByText('Be the first to comment.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '0 comments' })).toBeTruthy();
  });

  it('renders markup from the render tree as elements and never as HTML', async () => {
    await renderWidget({
      comments: [makeComment('x', '', { tree: [{ t: 'p', c: ['<img src=x onerror=alert(1)> ', { t: 'strong', c: ['bold'] }, { t: 'a', href: 'javascript:alert(1)', c: ['bad link'] }] }] })],
    });
    const article = screen.getByRole('article');
    expect(article.querySelector('img')).toBeNull();
    expect(within(article).getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
    expect(article.querySelector('strong')!.textContent).toBe('bold');
    expect(article.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
