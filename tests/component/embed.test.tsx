import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryClient } from '../../widget/src/client/memory/reader-memory.ts';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import en from '../../widget/src/i18n/en.ts';
import { mountWidget } from './mount-widget.tsx';
import { makeComment } from './render-widget.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.body.replaceChildren();
  document.body.removeAttribute('style');
});

/** Makes the widget count as visible at once and the browser idle soon, so what waits for both runs. */
function seeEverything() {
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        queueMicrotask(() => this.callback([{ isIntersecting: true, target } as IntersectionObserverEntry], this as unknown as IntersectionObserver));
      }
      disconnect() {}
    },
  );
}

/**
 * Waits until the widget listens live, by posting as another reader until the "new comments"
 * button shows. The own-comments lookup is asked for in the same task as the listener starts, and
 * the in-memory client answers it in that task's promise continuations, so once this resolves
 * (in a later task) whatever the lookup leads to has happened.
 */
async function untilLive(client: ReturnType<typeof createMemoryClient>, root: ShadowRoot): Promise<void> {
  let probes = 0;
  await waitFor(
    () => {
      const probe = makeComment(`probe-${++probes}`, 'Another reader');
      client.emit([{ commentId: probe.id, kind: 'upsert', comment: probe }]);
      expect(root.querySelector('.new-comments button')).toBeTruthy();
    },
  );
}

describe('the embedded widget', () => {
  it('renders into an open shadow root, with the page nonce on its injected styles', async () => {
    const { host, root } = mountWidget(createMemoryClient({ comments: [makeComment('a', 'Hello')] }));
    await waitFor(() => expect(root.querySelector('article')).toBeTruthy());
    expect(host.shadowRoot).toBe(root);
    const styles = [...root.querySelectorAll('style')];
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.every((style) => style.nonce === 'n0nce')).toBe(true);
    expect(root.querySelector('[style]:not(.avatar)')).toBeNull();
  });

  it('tells the host page when it is ready, the count, a posted comment and a guest signing in', async () => {
    const client = createMemoryClient({ comments: [makeComment('a', 'Hello')], uid: 'guest-1' });
    const { root, events } = mountWidget(client);
    await waitFor(() => expect(events.ready).toHaveLength(1));
    expect(events.ready![0]).toMatchObject({ thread: { id: 'thread-1' } });
    await waitFor(() => expect(events.count?.at(-1)).toEqual({ count: 1 }));
    const ui = within(root as unknown as HTMLElement);
    fireEvent.focus(ui.getByLabelText('Your comment'));
    fireEvent.input(ui.getByLabelText('Your comment'), { target: { value: 'From the embed' } });
    fireEvent.input(await ui.findByLabelText('Name'), { target: { value: 'Rosa' } });
    fireEvent.input(ui.getByLabelText('Email'), { target: { value: 'rosa@example.com' } });
    fireEvent.click(ui.getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(events.posted).toEqual([{ id: 'new-1', status: 'approved' }]));
    await waitFor(() => expect(events.signin).toEqual([{ uid: 'guest-1', provider: 'guest', name: '' }]));
    await waitFor(() => expect(events.count?.at(-1)).toEqual({ count: 2 }));
  });

  it('follows the host page: dark where it sits on a dark background, and when the page turns dark', async () => {
    const dark = document.createElement('div');
    dark.style.backgroundColor = 'rgb(18, 18, 18)';
    document.body.append(dark);
    const inDark = mountWidget(createMemoryClient(), {}, en, dark);
    const inLight = mountWidget(createMemoryClient());
    await waitFor(() => expect(inDark.host.getAttribute('data-parley-theme')).toBe('dark'));
    await waitFor(() => expect(inLight.host.getAttribute('data-parley-theme')).toBe('light'));
    await waitFor(() => expect(inLight.events.count).toBeDefined());
    document.body.setAttribute('style', 'background-color: rgb(0, 0, 0)');
    await waitFor(() => expect(inLight.host.getAttribute('data-parley-theme')).toBe('dark'));
  });

  it.each([
    [{ theme: 'light' as const }, {}, 'light'],
    [{}, { theme: 'dark' as const }, 'dark'],
  ])('takes the page option %j over the site setting %j', async (options, site, expected) => {
    const { host } = mountWidget(createMemoryClient({ site }), options);
    await waitFor(() => expect(host.getAttribute('data-parley-theme')).toBe(expected));
  });

  it('shows a returning author their comment awaiting moderation, and never to anyone else', async () => {
    seeEverything();
    const me = { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest' as const, badges: [] };
    const comments = () => [
      makeComment('a', 'Public'),
      makeComment('held', 'Waiting for a moderator', { status: 'pending', author: me }),
      makeComment('quiet', 'Filed as spam', { status: 'spam', author: me }),
    ];
    localStorage.setItem('parley:uid', 'me');
    localStorage.setItem('parley:unpublished', JSON.stringify({ 'thread-1': ['held', 'quiet'] }));
    const mine = mountWidget(createMemoryClient({ comments: comments(), uid: 'me' }));
    await waitFor(() => expect(mine.root.querySelector('#comment-held')?.textContent).toContain('Awaiting moderation'));
    expect(mine.root.querySelector('#comment-quiet')?.textContent).not.toContain('Awaiting moderation');
    mine.handle.destroy();
    localStorage.setItem('parley:uid', 'someone-else');
    const client = createMemoryClient({ comments: comments(), uid: 'someone-else' });
    const other = mountWidget(client);
    await waitFor(() => expect(other.root.querySelector('#comment-a')).toBeTruthy());
    await untilLive(client, other.root);
    expect(other.root.querySelector('#comment-held')).toBeNull();
  });

  it('loads Auth after the first paint only for an author with comments on this thread not yet seen published, and forgets those it sees public', async () => {
    seeEverything();
    const me = { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest' as const, badges: [] };
    localStorage.setItem('parley:uid', 'me');
    const ownLookups = (client: ReturnType<typeof createMemoryClient>) => client.calls.filter((call) => call.method === 'loadOwnComments').length;
    const reading = async (record: Record<string, string[]> | null, comments = [makeComment('a', 'Public'), makeComment('mine', 'Published', { author: me })]) => {
      if (record) localStorage.setItem('parley:unpublished', JSON.stringify(record));
      else localStorage.removeItem('parley:unpublished');
      const client = createMemoryClient({ comments, uid: 'me' });
      const { root, handle } = mountWidget(client);
      await waitFor(() => expect(root.querySelector('#comment-a')).toBeTruthy());
      // The live listener and the own-comments lookup start together, once visible and idle.
      await untilLive(client, root);
      handle.destroy();
      return ownLookups(client);
    };
    // Posted here before, but nothing waiting: reading alone loads nothing more.
    expect(await reading(null)).toBe(0);
    // Remembered elsewhere only.
    expect(await reading({ 'another-thread': ['x'] })).toBe(0);
    // Remembered here, and the public thread shows it: published, so it is forgotten without a lookup.
    expect(await reading({ 'thread-1': ['mine'] })).toBe(0);
    expect(localStorage.getItem('parley:unpublished')).toBeNull();
    // Remembered here and not public: the author's comments are looked up, and only those still waiting stay remembered.
    expect(await reading({ 'thread-1': ['held', 'gone'] }, [makeComment('a', 'Public'), makeComment('held', 'Waiting', { status: 'pending', author: me })])).toBe(1);
    expect(JSON.parse(localStorage.getItem('parley:unpublished')!)).toEqual({ 'thread-1': ['held'] });
  });

  it('opens a #comment-ID link at load, loading the page it is on', async () => {
    const comments = Array.from({ length: 25 }, (_, index) => makeComment(`c${index}`, `Comment ${index}`));
    const { root } = mountWidget(createMemoryClient({ comments }), { focus: 'c24' });
    await waitFor(() => expect(root.querySelector('#comment-c24')?.className).toContain('highlighted'));
  });

  it('starts everything that follows the first paint after "Try again" too', async () => {
    const client = createMemoryClient({ comments: [makeComment('a', 'Hello')] });
    client.failNext(new ParleyError('network'), 'loadThread');
    const { root, events } = mountWidget(client);
    const ui = within(root as unknown as HTMLElement);
    fireEvent.click(await ui.findByRole('button', { name: 'Try again' }));
    // The failure told the page once (parley:error), before the retry painted.
    expect(events.error).toEqual([{ code: 'network' }]);
    await waitFor(() => expect(events.ready).toHaveLength(1));
    await waitFor(() => expect(events.count?.at(-1)).toEqual({ count: 1 }));
  });

  it('is gone, listeners and all, after destroy', async () => {
    const client = createMemoryClient({ comments: [makeComment('a', 'Hello')] });
    const { root, handle } = mountWidget(client);
    await waitFor(() => expect(root.querySelector('article')).toBeTruthy());
    handle.destroy();
    expect(root.childNodes).toHaveLength(0);
  });
});
