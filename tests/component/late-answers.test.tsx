import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MemoryMethod } from '../../widget/src/client/memory/reader-memory.ts';
import { makeComment, renderWidget } from './render-widget.tsx';
import { afterRenderFrames } from './settle.ts';

const me = { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest' as const, badges: [] };

/**
 * Comment `mine` is the reader's, `other` someone else's. Each case opens a panel with `open` on
 * `from`, fills and sends it (`method` held), and `done` appears once it is answered.
 */
const CASES: Array<{ panel: string; open: string; method: MemoryMethod; from: 'mine' | 'other'; fill: () => Promise<void>; done: RegExp }> = [
  {
    panel: 'an edit',
    open: 'Edit',
    method: 'editComment',
    from: 'mine',
    fill: async () => {
      const box = (await screen.findByLabelText('Edit your comment')) as HTMLTextAreaElement;
      await waitFor(() => expect(box.value).toBe('Mine'));
      fireEvent.input(box, { target: { value: 'Mine, edited' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    },
    done: /Your changes were saved/,
  },
  {
    panel: 'a report',
    open: 'Report',
    method: 'report',
    from: 'other',
    fill: async () => {
      fireEvent.click(await screen.findByLabelText('Spam or advertising'));
      fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    },
    done: /Thank you. A moderator will look at this comment./,
  },
  {
    panel: 'a reply',
    open: 'Reply',
    method: 'createComment',
    from: 'mine',
    fill: async () => {
      fireEvent.input(await screen.findByLabelText('Your reply to Rosa'), { target: { value: 'Answering myself' } });
      fireEvent.input(screen.getAllByLabelText('Name')[1]!, { target: { value: 'Rosa' } });
      fireEvent.input(screen.getAllByLabelText('Email')[1]!, { target: { value: 'rosa@example.com' } });
      fireEvent.click(screen.getByRole('button', { name: 'Post reply' }));
    },
    done: /Answering myself/,
  },
];

describe('an answer that arrives after the reader moved on to another panel', () => {
  beforeEach(() => localStorage.setItem('parley:uid', 'me'));

  it.each(CASES)('leaves the reply box the reader opened meanwhile open and focused, after $panel was sent', async ({ open, method, from, fill, done }) => {
    const comments = [makeComment('mine', 'Mine', { author: me, createdAt: Date.now() }), makeComment('other', 'Another view')];
    const { client } = await renderWidget({ comments });
    const release = client.hold(method);
    fireEvent.click(within(screen.getByRole('article', { name: from === 'mine' ? 'Rosa' : 'Author other' })).getByRole('button', { name: open }));
    await fill();
    // While it is on its way, the reader starts replying to the other comment.
    fireEvent.click(within(screen.getByRole('article', { name: 'Author other' })).getByRole('button', { name: 'Reply' }));
    const reply = (await screen.findByLabelText('Your reply to Author other')) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(reply));
    fireEvent.input(reply, { target: { value: 'Half-written' } });
    release();
    await screen.findAllByText(done);
    // Whatever the answer moves focus to is moved after the render it caused.
    await afterRenderFrames();
    expect(screen.getByLabelText('Your reply to Author other')).toBe(reply);
    expect(document.activeElement).toBe(reply);
    expect(reply.value).toBe('Half-written');
  });
});
