import type { Comment, SortOrder } from '../../../core/src/types.ts';
import type { ReaderClient } from '../client/reader/reader-client.ts';
import type { WriteContext } from './write-features.ts';
import type { CommentTarget } from '../composer/composer-model.ts';
import { createDrafts } from '../composer/draft.ts';
import type { Translator } from '../i18n/translator.ts';
import { createSessionModel } from '../session/session-model.ts';
import { createThreadModel } from '../thread/thread-model.ts';
import { createViewModel } from './view-model.ts';
import type { Widget } from './widget-context.ts';
import { createWriteLoader } from './write-loader.ts';

/** What one widget shows: the thread (by id or URL) on a site, read through `api`. */
export interface WidgetSettings extends CommentTarget {
  api: string;
  sort: SortOrder;
}

/**
 * Creates the models of one widget: session, thread, view, drafts and the writing loader. Shared
 * by the real mount and the component tests, so both run the same wiring.
 */
export function createWidget(
  client: ReaderClient,
  settings: WidgetSettings,
  i18n: Translator,
  root: ShadowRoot | Document,
  hooks: Partial<Pick<WriteContext, 'onSignIn' | 'addStyles' | 'ssoLogin'>> & { onPosted?: (comment: Comment) => void } = {},
): Widget & { dispose(): void } {
  const session = createSessionModel();
  const thread = createThreadModel(client, { api: settings.api, site: settings.site, url: settings.url, thread: settings.thread }, settings.sort, session.uid);
  const view = createViewModel(root);
  const target: CommentTarget = { site: settings.site, thread: settings.thread, url: settings.url, title: settings.title };
  const drafts = createDrafts(settings.site, settings.thread ?? settings.url);
  const writer = createWriteLoader({
    client,
    thread,
    view,
    session,
    i18n,
    target,
    drafts,
    onPosted: hooks.onPosted ?? (() => {}),
    addStyles: hooks.addStyles ?? (() => {}),
    onSignIn: hooks.onSignIn ?? (() => {}),
    ssoLogin: hooks.ssoLogin ?? null,
  });
  return {
    client,
    thread,
    view,
    session,
    writer,
    drafts,
    dispose() {
      view.dispose();
      thread.dispose();
    },
  };
}
