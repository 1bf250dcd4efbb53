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

  it('shows the author card: a provider photo or an initial on a colour from the uid, and badges such as moderator', async () => {
    await renderWidget({
      comments: [
        makeComment('a', 'With photo', { author: { uid: 'u1', name: 'Ada', avatar: 'https://example.test/ada.png', provider: 'github.com', badges: ['moderator'] } }),
        makeComment('b', 'Generated', { author: { uid: 'u2', name: 'émile', avatar: null, provider: 'guest', badges: [] } }),
      ],
    });
    const ada = screen.getByRole('article', { name: 'Ada' });
    expect(ada.querySelector('img')!.getAttribute('src')).toBe('https://example.test/ada.png');
    expect(ada.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(within(ada).getByText('Moderator')).toBeTruthy();
    const emile = screen.getByRole('article', { name: 'émile' });
    const avatar = emile.querySelector('.avatar') as HTMLElement;
    expect(avatar.textContent).toBe('É');
    expect(avatar.getAttribute('aria-hidden')).toBe('true');
    expect(avatar.style.backgroundColor).not.toBe('');
  });

  it('shows a relative time in a link to the comment, whose description is the exact time (on hover, and for keyboard and screen reader users)', async () => {
    const createdAt = Date.now() - 2 * 3600_000;
    const { i18n } = await renderWidget({ comments: [makeComment('a', 'Timed', { createdAt })] });
    const link = within(screen.getByRole('article')).getByRole('link', { name: '2 hours ago', description: i18n.exactTime(createdAt) });
    expect(i18n.exactTime(createdAt)).toMatch(/\d{4}/);
    expect(link.getAttribute('href')).toBe('#comment-a');
    expect(link.querySelector('time')!.getAttribute('dateTime')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('says "Be the first to comment" on an empty thread', async () => {
    await renderWidget();
    expect(screen.getByText('Be the first to comment.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '0 comments' })).toBeTruthy();
  });

  it('keeps a deleted comment with replies as a placeholder, and drops one without', async () => {
    await renderWidget({
      comments: [
        makeComment('a', '', { status: 'deleted', tree: [] }),
        makeComment('b', 'Still here', { parentId: 'a' }),
        makeComment('c', '', { status: 'deleted', tree: [] }),
      ],
    });
    expect(screen.getAllByRole('article').map((article) => article.id)).toEqual(['comment-a', 'comment-b']);
    expect(screen.getByRole('article', { name: 'This comment was deleted.' }).id).toBe('comment-a');
  });

  it('renders markup from the render tree as elements and never as HTML', async () => {
    await renderWidget({
      comments: [
        makeComment('x', '', {
          tree: [{ t: 'p', c: ['<img src=x onerror=alert(1)> ', { t: 'strong', c: ['bold'] }, { t: 'a', href: 'javascript:alert(1)', c: ['bad link'] }, { t: 'a', href: 'https://example.test', c: ['good link'] }] }],
        }),
      ],
    });
    const article = screen.getByRole('article');
    expect(article.querySelector('img')).toBeNull();
    expect(within(article).getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
    expect(article.querySelector('strong')!.textContent).toBe('bold');
    expect(article.querySelector('a[href^="javascript"]')).toBeNull();
    expect(within(article).getByRole('link', { name: 'good link' }).getAttribute('rel')).toBe('ugc nofollow noopener noreferrer');
  });
});
