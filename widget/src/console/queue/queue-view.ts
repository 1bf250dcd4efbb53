import { signal, type ReadonlySignal } from '@preact/signals';

/** The queue's open dialog, if any. */
export type QueueDialog =
  | { kind: 'reject'; ids: string[] }
  | { kind: 'ban'; uid: string; name: string }
  | { kind: 'help' };

/** UI state of the queue page that is not the queue's data: the open dialog and the search box's focus request. */
export interface QueueView {
  readonly dialog: ReadonlySignal<QueueDialog | null>;
  /** Bumped to ask the search box to take focus. */
  readonly searchFocus: ReadonlySignal<number>;
  open(dialog: QueueDialog): void;
  close(): void;
  focusSearch(): void;
  dispose(): void;
}

/** Creates the queue page's view model. */
export function createQueueView(): QueueView {
  const dialog = signal<QueueDialog | null>(null);
  const searchFocus = signal(0);
  return {
    dialog,
    searchFocus,
    open(value) {
      dialog.value = value;
    },
    close() {
      dialog.value = null;
    },
    focusSearch() {
      searchFocus.value++;
    },
    dispose() {},
  };
}
