import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

const me = { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest' as const, badges: [] };

describe('editing', () => {
  beforeEach(() => localStorage.setItem('parley:uid', 'me'));

  it("lets the author edit within the site's window: the source loads, saving updates the comment in place and marks it edited", async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Typo hree', { author: me, createdAt: Date.now() - 60_000 })] });
    const editButton = screen.getByRole('button', { name: 'Edit' });
    fireEvent.click(editButton);
    const box = (await screen.findByLabelText('Edit your comment')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('Typo hree'));
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.input(box, { target: { value: 'Typo *here*' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('article', { name: 'Rosa' }).querySelector('em')?.textContent).toBe('here'));
    const article = screen.getByRole('article', { name: 'Rosa' });
    expect(article.textContent).toContain('edited');
    expect(article.textContent).toContain('Your changes were saved.');
    expect(client.calls.find((call) => call.method === 'editComment')?.args).toEqual(['test', 'a', 'Typo *here*']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' })));
  });

  it('offers no edit after the window, nor on comments by others', async () => {
    await renderWidget({
      site: { editWindowSec: 600 },
      comments: [makeComment('old', 'Long ago', { author: me, createdAt: Date.now() - 601_000 }), makeComment('other', 'Not mine', { createdAt: Date.now() })],
    });
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(screen.getByRole('article', { name: 'Rosa' })).getByRole('button', { name: 'Delete' })).toBeTruthy();
  });

  it('shows the server refusal in the form and keeps the new text', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Original', { author: me, createdAt: Date.now() })] });
    client.failNext(new ParleyError('edit-window-passed'), 'editComment');
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const box = (await screen.findByLabelText('Edit your comment')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('Original'));
    fireEvent.input(box, { target: { value: 'Too late' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await screen.findByText('This comment can no longer be edited.');
    expect(box.value).toBe('Too late');
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the box closed when the source cannot be loaded, so typed text can never replace the comment, and tries again on reopening', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Original words', { author: me, createdAt: Date.now() })] });
    client.failNext(new ParleyError('network'), 'loadSource');
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByText(/Could not reach the server/);
    const box = screen.getByLabelText('Edit your comment') as HTMLTextAreaElement;
    expect(box.disabled).toBe(true);
    fireEvent.input(box, { target: { value: 'Only this' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const again = (await screen.findByLabelText('Edit your comment')) as HTMLTextAreaElement;
    await waitFor(() => expect(again.value).toBe('Original words'));
    expect(again.disabled).toBe(false);
    // Saving calls the client in the click's own task; by now the source was asked for again since.
    expect(client.calls.map((call) => call.method).filter((method) => method === 'loadSource' || method === 'editComment')).toEqual(['loadSource', 'loadSource']);
  });
});
