import { batch, computed } from '@preact/signals';
import type { Comment } from '../../../core/src/types.ts';
import { createActionsModel, type ActionsModel } from '../actions/actions-model.ts';
import { CommentPanel } from '../actions/CommentPanel.tsx';
import type { Account, ReaderClient } from '../client/reader/reader-client.ts';
import { createComposerModel, createGuestFields, type CommentTarget, type ComposerModel } from '../composer/composer-model.ts';
import { Composer } from '../composer/Composer.tsx';
import type { Draft } from '../composer/draft.ts';
import { replyReturn } from '../composer/reply-return.ts';
import { languageOf } from '../i18n/languages.ts';
import { createIdentityModel, type IdentityModel } from '../identity/identity-model.ts';
import type { Translator } from '../i18n/translator.ts';
import { WRITE_LOCALES } from '../i18n/write-locales.ts';
import type { SessionModel } from '../session/session-model.ts';
import type { ThreadModel } from '../thread/thread-model.ts';
import { pathTo, type ViewModel } from './view-model.ts';
import css from './write.css?inline';

/** What the writing chunk needs from the first paint. */
export interface WriteContext {
  client: ReaderClient;
  thread: ThreadModel;
  view: ViewModel;
  session: SessionModel;
  i18n: Translator;
  target: CommentTarget;
  drafts: (parentId: string | null) => Draft;
  /** Told about every comment the server stored. */
  onPosted: (comment: Comment) => void;
  /** Adds a stylesheet to the widget (with the page's CSP nonce). */
  addStyles: (css: string) => void;
  /** The publisher's login page for site SSO (`data-sso-login`), if any. */
  ssoLogin: string | null;
  /** Told when the reader gets an account: a guest's first comment, or any sign-in. */
  onSignIn: (account: Pick<Account, 'uid' | 'provider'> & Partial<Account>) => void;
}

/** The lazily loaded writing features: models and the components that show them. */
export interface WriteFeatures {
  /** The composer of the thread (null) or of a reply, created once and kept with its state. */
  composer(parentId: string | null): ComposerModel;
  actions: ActionsModel;
  identity: IdentityModel;
  Composer: typeof Composer;
  CommentPanel: typeof CommentPanel;
}

/** Builds the writing features, after loading the locale's writing messages. */
export async function createWriteFeatures(context: WriteContext): Promise<WriteFeatures> {
  const { client, thread, view, session, target } = context;
  const threadKey = target.thread ?? target.url;
  context.i18n.add((await WRITE_LOCALES[languageOf(context.i18n.locale)]()).default);
  context.addStyles(css);
  const maxLength = computed(() => thread.site.value?.maxLength ?? 10_000);
  const composers = new Map<string | null, ComposerModel>();
  const guest = createGuestFields(session);
  // Back from signing in elsewhere (an email link, the publisher's login), the reply box the reader
  // left from opens again with its draft, its hidden replies expanded.
  const reopenReply = async () => {
    const parentId = replyReturn.take(target.site, threadKey);
    if (!parentId || !context.drafts(parentId).text.peek()) return;
    // A panel the reader opens while the comment loads is theirs: it is not replaced.
    const panel = view.panel.peek();
    try {
      if (!thread.find(parentId) && !(await thread.loadFocus(parentId))) return;
    } catch {
      return;
    }
    const path = pathTo(parentId, thread.nodes.peek());
    if (!path || view.panel.peek() !== panel) return;
    batch(() => {
      for (const id of path) view.expand(id);
      view.open('reply', parentId);
    });
  };
  const identity = createIdentityModel({
    client,
    thread,
    session,
    site: target.site,
    ssoLogin: context.ssoLogin,
    onSignIn(account) {
      context.onSignIn(account);
      void reopenReply();
    },
    onLeave: (parentId) => replyReturn.leave(target.site, threadKey, parentId),
  });
  const onGuest = (uid: string) => context.onSignIn({ uid, provider: 'guest' });
  return {
    identity,
    composer(parentId) {
      let composer = composers.get(parentId);
      if (!composer) {
        const draft = context.drafts(parentId);
        composer = createComposerModel({ client, thread, session, target, draft, guest, identity, parentId, maxLength, onPosted: context.onPosted, onGuest });
        composers.set(parentId, composer);
      }
      return composer;
    },
    actions: createActionsModel({ client, thread, session, site: target.site }),
    Composer,
    CommentPanel,
  };
}
