import { screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Comment } from '../../core/src/types.ts';
import { followDeepLink } from '../../widget/src/app/deep-link.ts';
import { createMemoryClient } from '../../widget/src/client/memory/reader-memory.ts';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { mountWidget } from './mount-widget.tsx';
import { makeComment, renderWidget } from './render-widget.tsx';

const DELETED: Partial<Comment> = { status: 'deleted', tree: [], author: { uid: '', name: '', avatar: null, provider: 'guest', badges: [] } };
/** The thread's message, under its heading. */
const message = () => document.querySelector('.parley > p.notice[role="status"]')!;

afterEach(() => {
  history.replaceState(null, '', location.pathname);
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('a #comment-ID link to a comment that is not there', () => {
  it('is answered by the mounted widget, which comes into view to say the comment no longer exists', async () => {
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
    const client = createMemoryClient({ comments: [makeComment('a', 'Still here'), makeComment('gone', 'Deleted later', DELETED)] });
    const { root, host } = mountWidget(client, { focus: 'gone' });
    const ui = within(root as unknown as HTMLElement);
    await ui.findByText('That comment no longer exists.');
    expect(scrolled.mock.contexts).toContain(host);
    expect(ui.getAllByRole('article')).toHaveLength(1);
  });

  it('followed after the widget is shown, says so too', async () => {
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
    const client = createMemoryClient({ comments: [makeComment('a', 'Still here'), makeComment('b', 'Rejected later', { status: 'rejected' })] });
    const { root, events } = mountWidget(client);
    const ui = within(root as unknown as HTMLElement);
    // after-paint.ts (which follows links) is in once it reports the count to the page.
    await waitFor(() => expect(events.count).toHaveLength(1));
    location.hash = '#comment-b';
    dispatchEvent(new HashChangeEvent('hashchange'));
    await ui.findByText('That comment no longer exists.');
  });

  it.each([
    ['deleted', makeComment('gone', 'Deleted later', DELETED)],
    ['removed by a moderator', makeComment('gone', 'Rejected later', { status: 'rejected' })],
    ['never there', null],
  ])('says the comment no longer exists when it was %s', async (_case, gone) => {
    const widget = await renderWidget({ comments: [makeComment('a', 'Still here'), ...(gone ? [gone] : [])] });
    expect(await followDeepLink(widget, widget.i18n, 'gone')).toBe(false);
    await waitFor(() => expect(message().textContent).toBe('That comment no longer exists.'));
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('says so in the reader\'s language', async () => {
    const widget = await renderWidget({ locale: 'ru', comments: [makeComment('a', 'Ещё здесь')] });
    await followDeepLink(widget, widget.i18n, 'gone');
    await waitFor(() => expect(message().textContent).toBe('Этот комментарий больше не существует.'));
  });

  it('says the comment could not be loaded when the request fails, and clears the message once a link works', async () => {
    const widget = await renderWidget({ comments: [makeComment('a', 'Still here'), makeComment('b', 'Later', { parentId: 'a' })], pageSize: 1 });
    widget.client.failNext(new ParleyError('network'), 'loadThread');
    expect(await followDeepLink(widget, widget.i18n, 'elsewhere')).toBe(false);
    await waitFor(() => expect(message().textContent).toBe('This could not be loaded. Check your connection and try again.'));
    expect(await followDeepLink(widget, widget.i18n, 'b')).toBe(true);
    await waitFor(() => expect(message().textContent).toBe(''));
    await waitFor(() => expect(document.activeElement?.id).toBe('comment-b'));
  });

  it('still shows a deleted comment that keeps replies, as its placeholder', async () => {
    const widget = await renderWidget({ comments: [makeComment('a', 'Top', DELETED), makeComment('r', 'Reply stays', { parentId: 'a' })] });
    expect(await followDeepLink(widget, widget.i18n, 'a')).toBe(true);
    await waitFor(() => expect(document.activeElement?.id).toBe('comment-a'));
    expect(message().textContent).toBe('');
  });
});
