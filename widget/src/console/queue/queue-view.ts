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
  open(dialog: QueueDialog): void;
  close(): void;
  focusSearch(): void;
  focusList(): void;
  dispose(): void;
}

/** Creates the queue page's view model. */
export function createQueueView(): QueueView {
  const dialog = signal<QueueDialog | null>(null);
  const searchFocus = signal(0);
  const listFocus = signal(0);
  return {
    dialog,
    searchFocus,
    listFocus,
    open(value) {
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
    dispose() {},
  };
}
