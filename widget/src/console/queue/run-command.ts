import type { Command } from './keyboard.ts';
import type { QueueModel } from './queue-model.ts';
import type { QueueView } from './queue-view.ts';

/** Whether the author of the cursor's comment is trusted, decisions included. */
function isTrusted(model: QueueModel, uid: string): boolean {
  return model.decisions.users.value.get(uid)?.trusted ?? model.details.userOf(uid).value?.trusted ?? false;
}

/** Carries out a keyboard command on the queue. */
export function runCommand(command: Command, model: QueueModel, view: QueueView): void {
  const current = model.items.value.find((item) => item.id === model.cursor.value);
  const targets = model.selected.value.size > 0 ? [...model.selected.value] : current ? [current.id] : [];
  switch (command) {
    case 'next':
      return model.move(1);
    case 'previous':
      return model.move(-1);
    case 'approve':
    case 'spam':
      return model.act(command);
    case 'reject':
      if (targets.length > 0) view.open({ kind: 'reject', ids: targets });
      return;
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
