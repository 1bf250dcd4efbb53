import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

describe('long reply chains whose missing replies cannot be fetched', () => {
  it('says so beside "Show N more replies", which keeps the focus and its count, and tries again on the next press', async () => {
    const replies = Array.from({ length: 5 }, (_, index) => makeComment(`r${index}`, `Reply ${index}`, { parentId: 'a' }));
    const { client, thread } = await renderWidget({ comments: [makeComment('a', 'Popular', { replyCount: 5 }), ...replies] });
    // As if the page had been cut short: only two replies arrived with it.
    for (const id of ['r2', 'r3', 'r4']) thread.applyChanges([{ commentId: id, kind: 'remove', comment: null, before: 'approved', at: Date.now() }]);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    client.failNext(new ParleyError('network'), 'loadThread');
    const button = screen.getByRole('button', { name: 'Show 3 more replies' });
    button.focus();
    fireEvent.click(button);

    const message = await screen.findByRole('alert');
    expect(message.textContent).toBe('This could not be loaded. Check your connection and try again.');
    expect(button.getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.getByRole('button', { name: 'Show 3 more replies' })).toBe(button);
    expect(document.activeElement).toBe(button);
    expect(screen.getAllByRole('article')).toHaveLength(3);

    fireEvent.click(button);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(6));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: /more repl/ })).toBeNull();
    expect(client.calls.filter((call) => call.method === 'loadThread' && (call.args[0] as { focus?: string }).focus === 'a')).toHaveLength(2);
  });
});
