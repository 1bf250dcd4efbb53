import { render } from '@testing-library/preact';
import type { Comment, SortOrder } from '../../core/src/types.ts';
import { App } from '../../widget/src/app/App.tsx';
import { createWidget } from '../../widget/src/app/create-widget.ts';
import { I18n } from '../../widget/src/app/i18n-context.ts';
import { WidgetContext } from '../../widget/src/app/widget-context.ts';
import { createMemoryClient, type MemoryClientOptions } from '../../widget/src/client/memory/reader-memory.ts';
import ar from '../../widget/src/i18n/ar.ts';
import de from '../../widget/src/i18n/de.ts';
import en from '../../widget/src/i18n/en.ts';
import es from '../../widget/src/i18n/es.ts';
import { languageOf, type Language } from '../../widget/src/i18n/languages.ts';
import ru from '../../widget/src/i18n/ru.ts';
import { createTranslator, type CoreMessages } from '../../widget/src/i18n/translator.ts';
import { mergeChanges } from '../../widget/src/thread/merge-changes.ts';

const CORE: Record<Language, CoreMessages> = { en, ru, es, de, ar };

/** Options of a rendered widget: the in-memory client's, plus how the widget is set up. */
export interface RenderOptions extends MemoryClientOptions {
  sort?: SortOrder;
  locale?: string;
  /** Load the writing chunk before the test starts (default); false leaves the first-paint stub in place. */
  preload?: boolean;
  /** The publisher's login page (`data-sso-login`). */
  ssoLogin?: string;
}

/**
 * Renders the real widget (the same models and wiring as the embed) against the in-memory client,
 * loads the first page and starts the live listener. Answers the client, the models and the
 * Testing Library queries.
 */
export async function renderWidget(options: RenderOptions = {}) {
  const client = createMemoryClient(options);
  const locale = options.locale ?? 'en';
  const i18n = createTranslator(locale, CORE[languageOf(locale)]);
  const settings = { api: 'http://test', site: 'test', url: 'https://example.test/article', title: 'Article', sort: options.sort ?? 'oldest' };
  const signIns: unknown[] = [];
  const widget = createWidget(client, settings, i18n, document, { ssoLogin: options.ssoLogin ?? null, onSignIn: (account) => signIns.push(account) });
  const utils = render(
    <I18n.Provider value={i18n}>
      <WidgetContext.Provider value={widget}>
        <App />
      </WidgetContext.Provider>
    </I18n.Provider>,
  );
  await widget.thread.load(client.loadThread({ ...settings, sort: settings.sort }));
  widget.thread.startLive(mergeChanges);
  if (options.preload !== false) await widget.writer.load();
  return { ...widget, client, i18n, signIns, ...utils };
}

let clock = Date.now() - 3 * 3600_000;

/** A comment for test data: approved, by "Author <id>", a minute after the previous one. */
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
