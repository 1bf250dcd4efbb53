import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { ModeratorClient, QueueName } from '../../client/moderator/client.ts';
import { errorMessage, QUEUE_LABELS } from '../messages.ts';
import { useModel } from '../use-model.ts';
import { BanDialog } from './BanDialog.tsx';
import { BulkBar } from './BulkBar.tsx';
import { createQueueModel } from './queue-model.ts';
import { QueueList } from './QueueList.tsx';
import { QueueTabs } from './QueueTabs.tsx';
import { QueueToolbar } from './QueueToolbar.tsx';
import { createQueueView } from './queue-view.ts';
import { createThreadPickerModel } from './thread-picker-model.ts';
import { RejectDialog } from './RejectDialog.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { UndoBar } from './UndoBar.tsx';
import { useQueueKeys } from './use-queue-keys.ts';

/** The moderation queues of one site. */
export function QueuePage({
  client,
  siteId,
  moderatorUid,
  queue,
  thread,
  author,
  onThread,
  onAuthor,
  onQueue,
  undoMs,
}: {
  client: ModeratorClient;
  siteId: string;
  moderatorUid: string;
  queue: QueueName;
  thread: string | null;
  /** Shows another thread's comments (the filter lives in the address). */
  /** Only this author's comments (a uid; the filter lives in the address). */
  author: string | null;
  onThread: (threadId: string | null) => void;
  /** Shows another author's comments, or everyone's. */
  onAuthor: (uid: string | null) => void;
  /** Opens another queue (keys 1 to 5). */
  onQueue: (queue: QueueName) => void;
  undoMs?: number;
}) {
  const model = useModel(() => createQueueModel(client, siteId, moderatorUid, { queue, thread, author, undoMs }), [client, siteId]);
  const view = useModel(createQueueView, [model]);
  // Threads for the filter are read when the moderator opens it, not listened to on every visit.
  const picker = useModel(() => createThreadPickerModel(client, siteId), [client, siteId]);
  useQueueKeys(model, view, onQueue);

  // In the commit that shows the new tab, not after the next paint: a key typed right after 3
  // must not act on the queue just left.
  useLayoutEffect(() => model.setQueue(queue), [model, queue]);
  useLayoutEffect(() => model.setThread(thread), [model, thread]);
  useLayoutEffect(() => model.setAuthor(author), [model, author]);
  const count = model.counts.value?.[queue];
  useEffect(() => {
    document.title = `${count ? `(${count}) ` : ''}${QUEUE_LABELS[queue]} · ${siteId} · Parley moderation`;
  }, [count, queue, siteId]);
  useEffect(() => {
    // A decision still waiting for its undo window is sent as soon as the page may go away: when
    // the tab is hidden (the last moment a phone reliably gives), and on leaving, where the
    // browser also asks "Leave site?" so the request has time to finish.
    const send = () => model.decisions.flush();
    const onHidden = () => document.visibilityState === 'hidden' && send();
    const onLeave = (event: BeforeUnloadEvent) => {
      if (!model.decisions.undoable.peek()) return;
      send();
      event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', send);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', send);
    };
  }, [model]);

  const dialog = view.dialog.value;
  const loadError = model.loadError.value;
  return (
    <section class="queue-page" aria-label="Moderation queue">
      <QueueTabs model={model} siteId={siteId} />
      <QueueToolbar model={model} view={view} picker={picker} onThread={onThread} onAuthor={onAuthor} />
      <BulkBar model={model} view={view} />
      {loadError && (
        <p class="notice error" role="alert">
          This queue could not be loaded: {errorMessage(loadError.code)}
        </p>
      )}
      <QueueList model={model} view={view} onThread={onThread} onAuthor={onAuthor} />
      <p class="hint muted">
        Press <kbd>?</kbd> for keyboard shortcuts.
      </p>
      <UndoBar model={model} notice={view.notice.value} />
      {dialog?.kind === 'reject' && (
        <RejectDialog
          count={dialog.ids.length}
          onClose={view.close}
          onReject={(reason) => {
            view.close();
            model.act('reject', reason, dialog.ids);
          }}
        />
      )}
      {dialog?.kind === 'ban' && (
        <BanDialog
          name={dialog.name}
          onClose={view.close}
          onBan={(hours, shadow, reason) => {
            view.close();
            model.ban(dialog.uid, dialog.name, hours, shadow, reason);
          }}
        />
      )}
      {dialog?.kind === 'help' && <ShortcutHelp onClose={view.close} />}
    </section>
  );
}
