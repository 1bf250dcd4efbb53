import { effect } from '@preact/signals';
import { isSignInLink } from '../embed/options.ts';
import { keepUnpublished, rememberUnpublished, unpublishedIn } from '../session/unpublished.ts';
import { mergeChanges } from '../thread/merge-changes.ts';
import { createOwnChanges } from '../thread/own-changes.ts';
import type { Translator } from '../i18n/translator.ts';
import { commentIdFromHash, followDeepLink } from './deep-link.ts';
import { followTheme } from './follow-theme.ts';
import { whenVisibleAndIdle } from './when-visible.ts';
import type { Widget } from './widget-context.ts';

/** What the rest of the widget needs once the first comments are on screen. */
export interface AfterPaint {
  widget: Widget;
  host: HTMLElement;
  i18n: Translator;
  /** The comment a `#comment-ID` link asked for when the page loaded. */
  focus: string | null;
  /** Re-applies the theme (for `auto`, the page's look now). */
  updateTheme: () => void;
  emit: (name: string, detail: unknown) => void;
}

/**
 * Everything that can wait until the first comments are painted, loaded as its own chunk: the
 * live listener (when the widget is visible and the browser idle), the reader's own comments
 * awaiting moderation (only where this browser posted some not yet seen published), deep links, following the page's light or dark look, the host's count
 * event, and finishing an email-link sign-in the page was opened from. Answers a function that
 * stops it all.
 */
export function afterPaint({ widget, host, i18n, focus, updateTheme, emit }: AfterPaint): () => void {
  const { thread, session, client } = widget;
  // A comment that is not there leaves the page where it was: the widget comes into view to say so,
  // unless a later link overtook this one or the widget was taken down meanwhile.
  let latest = 0;
  let stopped = false;
  const follow = (id: string | null) => {
    if (!id) return;
    const ticket = ++latest;
    const current = () => !stopped && ticket === latest;
    void followDeepLink(widget, i18n, id, current).then((shown) => shown || !current() || host.scrollIntoView({ block: 'start' }));
  };
  const onHash = () => follow(commentIdFromHash(location.hash));
  addEventListener('hashchange', onHash);
  // The link may have changed while the first paint was on its way.
  follow(commentIdFromHash(location.hash) ?? focus);
  if (isSignInLink(location.search)) {
    // The identity model finishes the sign-in; the reader sees it happen at the composer.
    host.scrollIntoView({ block: 'start' });
    void widget.writer.load();
  }
  const stops = [
    () => removeEventListener('hashchange', onHash),
    () => (stopped = true),
    followTheme(updateTheme),
    whenVisibleAndIdle(host, () => {
      thread.startLive((...args) => {
        const merged = mergeChanges(...args);
        // The reader's own published comment left the public thread: rejected, or filed as spam by a
        // shadow ban. Asked as its author, a spam one comes back to their screen (as on later visits).
        const id = thread.thread.peek()?.id;
        const author = session.uid.peek();
        if (id && author && merged.removedOwn.length > 0) {
          for (const comment of merged.removedOwn) rememberUnpublished(id, comment);
          client.loadOwnComments(id, author).then((own) => thread.own(createOwnChanges).addOwn(own), () => {});
        }
        return merged;
      });
      const uid = session.uid.value;
      const current = thread.thread.value;
      if (!current) return;
      // Comments the public thread shows are published: nothing to look up for them.
      const unpublished = unpublishedIn(current.id).filter((id) => {
        const shown = thread.find(id);
        return !shown || shown.status === 'pending';
      });
      keepUnpublished(current.id, unpublished);
      // Only an author with comments here not yet seen published loads Auth to see them; a reader who only reads never does.
      if (uid && !current.isNew && unpublished.length > 0) {
        client.loadOwnComments(current.id, uid).then(
          (own) => {
            thread.own(createOwnChanges).addOwn(own);
            keepUnpublished(current.id, own.filter((comment) => comment.status === 'pending' || comment.status === 'spam').map((comment) => comment.id));
          },
          () => {},
        );
      }
    }),
    effect(() => emit('count', { count: thread.count.value })),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
