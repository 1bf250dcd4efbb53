import { render } from '@testing-library/preact';
import type { Moderator, QueueItem } from '../../../widget/src/client/moderator/client.ts';
import { createMemoryModeratorClient, type MemoryModeratorOptions } from '../../../widget/src/client/memory/moderator-memory.ts';
import { ConsoleApp } from '../../../widget/src/console/ConsoleApp.tsx';
import { createSessionModel } from '../../../widget/src/console/session/session-model.ts';
import { createShellModel, type ShellWindow } from '../../../widget/src/console/shell/shell-model.ts';

/** The demo moderator of the component tests: owner of "news". */
export const OWNER: Moderator = { uid: 'mod-1', email: 'mod@news.test', name: 'Mod', roles: { news: 'owner' } };

/** A window stand-in whose hash the shell reads and writes; `confirm` answers what the user would. */
export function fakeWindow(hash = '', confirm: (message: string) => boolean = () => true): ShellWindow & { location: { hash: string } } {
  const listeners = new Set<() => void>();
  const location = {
    get hash() {
      return hash;
    },
    set hash(value: string) {
      hash = value;
      for (const listener of listeners) listener();
    },
  };
  return {
    location,
    confirm,
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
}

/** Renders the real console on the in-memory client; a short undo window unless told. */
export function renderConsole(options: MemoryModeratorOptions & { hash?: string; undoMs?: number; confirm?: (message: string) => boolean } = {}) {
  const client = createMemoryModeratorClient({ moderator: OWNER, ...options });
  const session = createSessionModel(client);
  const win = fakeWindow(options.hash ?? '#/news/queue/pending', options.confirm);
  const shell = createShellModel(session, win);
  const utils = render(<ConsoleApp client={client} session={session} shell={shell} providers={['google.com']} undoMs={options.undoMs ?? 40} />);
  return { client, session, shell, win, ...utils };
}

let clock = Date.parse('2026-11-20T10:00:00Z');

/** A comment for the queues. */
export function queued(id: string, text: string, extra: Partial<QueueItem> = {}): QueueItem {
  clock += 60_000;
  return {
    id,
    siteId: 'news',
    threadId: 'thread-1',
    parentId: null,
    rootId: id,
    depth: 0,
    author: { uid: `uid-${id}`, name: `Author ${id}`, avatar: null, provider: 'guest', badges: [] },
    tree: [{ t: 'p', c: [text] }],
    body: text,
    status: 'pending',
    createdAt: clock,
    editedAt: null,
    reactions: {},
    replyCount: 0,
    pinned: false,
    revision: 1,
    ...extra,
  };
}

/** `n` pending comments, newest last. */
export function manyPending(n: number, prefix = 'c'): QueueItem[] {
  return Array.from({ length: n }, (_, index) => queued(`${prefix}${index + 1}`, `Held comment number ${index + 1}`));
}
