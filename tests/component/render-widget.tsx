import { render } from '@testing-library/preact';
import type { Comment, SortOrder } from '../../core/src/types.ts';
import { App } from '../../widget/src/app/App.tsx';
import { I18n } from '../../widget/src/app/i18n-context.ts';
import { createViewModel } from '../../widget/src/app/view-model.ts';
import { createMemoryClient, type MemoryClientOptions } from '../../widget/src/client/memory-client.ts';
import { createComposerModel } from '../../widget/src/composer/composer-model.ts';
import { createTranslator } from '../../widget/src/i18n/translator.ts';
import { createSessionModel } from '../../widget/src/session/session-model.ts';
import { createThreadModel } from '../../widget/src/thread/thread-model.ts';
import { computed } from '@preact/signals';

/** Renders the real widget against the in-memory client; answers the client, models and queries. */
export async function renderWidget(options: MemoryClientOptions & { sort?: SortOrder; locale?: string } = {}) {
  const client = createMemoryClient(options);
  const session = createSessionModel();
  const query = { api: 'http://test', site: 'test', url: 'https://example.test/article' };
  const thread = createThreadModel(client, query, options.sort ?? 'oldest', session.uid);
  const target = { site: 'test', url: query.url, title: 'Article' };
  const maxLength = computed(() => thread.site.value?.maxLength ?? 10_000);
  const makeComposer = (parentId: string | null) => createComposerModel({ client, thread, session, target, parentId, maxLength });
  const composer = makeComposer(null);
  const view = createViewModel(document, makeComposer);
  const utils = render(
    <I18n.Provider value={createTranslator(options.locale ?? 'en')}>
      <App thread={thread} view={view} composer={composer} onComposerFocus={() => client.prepareToWrite()} />
    </I18n.Provider>,
  );
  await thread.load(client.loadThread({ ...query, sort: 'oldest' }));
  thread.startLive();
  return { client, thread, session, view, ...utils };
}

let clock = Date.parse('2026-11-20T10:00:00Z');

/** A comment for test data. */
export function makeComment(id: string, text: string, extra: Partial<Comment> = {}): Comment {
  clock += 60_000;
  return {
    id,
    siteId: 'test',
    threadId: 'thread-1',
    parentId: null,
    rootId: extra.parentId ? (extra.rootId ?? extra.parentId) : id,
    depth: extra.parentId ? 1 : 0,
    author: { uid: `uid-${id}`, name: `Author ${id}`, avatar: null, provider: 'guest', badges: [] },
    tree: [{ t: 'p', c: [text] }],
    status: 'approved',
    createdAt: clock,
    editedAt: null,
    reactions: {},
    replyCount: 0,
    pinned: false,
    ...extra,
  };
}
