import { signal, type ReadonlySignal } from '@preact/signals';

/** The queue's open dialog, if any. */
export type QueueDialog =
  | { kind: 'reject'; ids: string[] }
  | { kind: 'ban'; uid: string; name: string }
  | { kind: 'help' };

/** UI state of the queue page that is not the queue's data: the open dialog and focus requests. */
export interface QueueView {
  readonly dialog: ReadonlySignal<QueueDialog | null>;
  /** Bumped to ask the search box to take focus. */
  readonly searchFocus: ReadonlySignal<number>;
  /** Bumped to ask the list to focus its current comment (leaving the search box). */
  readonly listFocus: ReadonlySignal<number>;
  /** A short word on a key that did nothing (the action does not apply), shown for a few seconds. */
  readonly notice: ReadonlySignal<string | null>;
  open(dialog: QueueDialog): void;
  close(): void;
  focusSearch(): void;
  focusList(): void;
  say(text: string | null): void;
  dispose(): void;
}

/** Creates the queue page's view model. */
export function createQueueView(): QueueView {
  const dialog = signal<QueueDialog | null>(null);
  const searchFocus = signal(0);
  const listFocus = signal(0);
  const notice = signal<string | null>(null);
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string | null) => {
    clearTimeout(noticeTimer);
    notice.value = text;
    if (text) noticeTimer = setTimeout(() => (notice.value = null), 5000);
  };
  return {
    dialog,
    searchFocus,
    listFocus,
    notice,
    open(value) {
      say(null);
      dialog.value = value;
    },
    close() {
      dialog.value = null;
    },
    focusSearch() {
      searchFocus.value++;
    },
    focusList() {
      listFocus.value++;
    },
    say,
    dispose() {
      clearTimeout(noticeTimer);
    },
  };
}
