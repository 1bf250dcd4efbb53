import { useLayoutEffect, useRef } from 'preact/hooks';
import type { QueueName } from '../../client/moderator/client.ts';
import { commandFor } from './keyboard.ts';
import type { QueueModel } from './queue-model.ts';
import type { QueueView } from './queue-view.ts';
import { runCommand } from './run-command.ts';

/** Binds the queue's keyboard shortcuts to the document while the queue is shown. */
export function useQueueKeys(model: QueueModel, view: QueueView, onQueue: (queue: QueueName) => void): void {
  const queueOpener = useRef(onQueue);
  queueOpener.current = onQueue;
  // Bound in the commit that shows the queue, not after the next paint: a key pressed as soon as
  // the comments show is the queue's.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = commandFor(event);
      if (!command) return;
      // A modal dialog handles its own keys (Escape included).
      if (view.dialog.value && command !== 'escape') return;
      if (command === 'escape' && view.dialog.value) return;
      event.preventDefault();
      runCommand(command, model, view, (queue) => queueOpener.current(queue));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [model, view]);
}
