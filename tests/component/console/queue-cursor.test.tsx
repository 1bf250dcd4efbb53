import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { queued, renderConsole } from './render-console.tsx';
import { afterRenderFrames } from '../settle.ts';

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });
const current = () => document.querySelector('article[aria-current="true"]')?.textContent ?? '';
const focusedText = () => (document.activeElement as HTMLElement | null)?.textContent ?? '';

describe('the queue cursor while comments come and go', () => {
  it('stays on the comment that took the decided one’s place when new comments arrive above it', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Oldest'), queued('b', 'Middle'), queued('c', 'Newest')], undoMs: 5_000 });
    await screen.findByText('Newest');
    press('j');
    await waitFor(() => expect(focusedText()).toContain('Middle'));
    press('a');
    await waitFor(() => expect(focusedText()).toContain('Oldest'));
    // Newest first: two comments posted now land above the one being read.
    client.put(queued('d', 'Posted just now'));
    client.put(queued('e', 'Posted a moment later'));
    await screen.findByText('Posted a moment later');
    await afterRenderFrames();
    expect(current()).toContain('Oldest');
    expect(focusedText()).toContain('Oldest');
    press('s');
    await waitFor(() => expect(screen.queryByText('Oldest')).toBeNull());
    expect(screen.getByText('Posted just now')).toBeTruthy();
  });

  it('moves to the comment after the one a colleague decided, though newer ones arrived since it was chosen', async () => {
    const { client } = renderConsole({ comments: [queued('a', 'Oldest'), queued('b', 'Middle'), queued('c', 'Newest')] });
    await screen.findByText('Newest');
    press('j');
    await waitFor(() => expect(focusedText()).toContain('Middle'));
    client.put(queued('d', 'Arrived later'));
    await screen.findByText('Arrived later');
    expect(current()).toContain('Middle');
    await client.moderate('news', ['b'], 'approve');
    await waitFor(() => expect(screen.queryByText('Middle')).toBeNull());
    await waitFor(() => expect(current()).toContain('Oldest'));
  });
});
