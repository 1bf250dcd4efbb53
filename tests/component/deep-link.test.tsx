import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { commentIdFromHash, revealComment } from '../../widget/src/app/deep-link.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

describe('deep links', () => {
  it.each([
    ['#comment-abc_1-x', 'abc_1-x'],
    ['#comments', null],
    ['#comment-', null],
    ['', null],
  ])('reads %j as %j', (hash, id) => {
    expect(commentIdFromHash(hash)).toBe(id);
  });

  it('loads a comment from a later page with its chain, expands it, highlights it and focuses it', async () => {
    const comments = Array.from({ length: 4 }, (_, index) => makeComment(`c${index}`, `Comment ${index}`));
    const replies = Array.from({ length: 5 }, (_, index) => makeComment(`r${index}`, `Reply ${index}`, { parentId: 'c3' }));
    const widget = await renderWidget({ comments: [...comments, ...replies], pageSize: 2 });
    expect(screen.queryByText('Reply 4')).toBeNull();
    expect(await revealComment(widget, 'r4')).toBe(true);
    await screen.findByText('Reply 4');
    await waitFor(() => expect(document.activeElement?.id).toBe('comment-r4'));
    expect(document.getElementById('comment-r4')!.className).toContain('highlighted');
    expect(widget.client.calls.some((call) => call.method === 'loadThread' && (call.args[0] as { focus?: string }).focus === 'r4')).toBe(true);
  });

  it('answers false for a comment that does not exist, changing nothing', async () => {
    const widget = await renderWidget({ comments: [makeComment('a', 'Only one')] });
    expect(await revealComment(widget, 'missing')).toBe(false);
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });
});
