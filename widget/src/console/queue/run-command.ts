import type { QueueName } from '../../client/moderator/client.ts';
import { ACTION_LABELS } from '../messages.ts';
import type { Command } from './keyboard.ts';
import type { QueueModel } from './queue-model.ts';
import type { QueueView } from './queue-view.ts';

/** Whether the author of the cursor's comment is trusted, decisions included. */
function isTrusted(model: QueueModel, uid: string): boolean {
  return model.decisions.users.value.get(uid)?.trusted ?? model.details.userOf(uid).value?.trusted ?? false;
}

/** Why a key did nothing: the action does not apply to the comments as they are. */
function doesNotApply(action: 'approve' | 'reject' | 'spam', model: QueueModel, targets: string[]): string | null {
  if (targets.length === 0) return null;
  const label = `“${ACTION_LABELS[action]}”`;
  if (targets.length > 1) return `${label} does not apply to any of the selected comments.`;
  const item = model.items.value.find((entry) => entry.id === targets[0]);
  return item ? `${label} does not apply: this comment is ${item.status}.` : null;
}

/** Carries out a keyboard command on the queue; `onQueue` opens another queue. */
export function runCommand(command: Command, model: QueueModel, view: QueueView, onQueue: (queue: QueueName) => void = () => {}): void {
  if (command.startsWith('queue:')) return onQueue(command.slice('queue:'.length) as QueueName);
  const current = model.items.value.find((item) => item.id === model.cursor.value);
  const targets = model.selected.value.size > 0 ? [...model.selected.value] : current ? [current.id] : [];
  switch (command) {
    case 'next':
      return model.move(1);
    case 'previous':
      return model.move(-1);
    case 'approve':
    case 'spam':
      view.say(model.act(command) === 0 ? doesNotApply(command, model, targets) : null);
      return;
    case 'reject': {
      // The dialog counts, and asks a reason for, only the comments a rejection changes.
      const rejectable = model.applicable('reject', targets);
      if (rejectable.length > 0) view.open({ kind: 'reject', ids: rejectable });
      else view.say(doesNotApply('reject', model, targets));
      return;
    }
    case 'ban':
      if (current) view.open({ kind: 'ban', uid: current.author.uid, name: current.author.name });
      return;
    case 'trust':
      if (current) model.trust(current.author.uid, current.author.name, !isTrusted(model, current.author.uid));
      return;
    case 'select':
      if (current) model.toggleSelected(current.id);
      return;
    case 'selectAll':
      return model.toggleAll();
    case 'undo':
      return model.undo();
    case 'search':
      return view.focusSearch();
    case 'help':
      return view.open({ kind: 'help' });
    case 'escape':
      if (view.dialog.value) view.close();
      else model.clearSelection();
  }
}
