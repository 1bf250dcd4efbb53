import { errorMessage } from '../messages.ts';
import { describeDecision, describeRollback } from './describe-decision.ts';
import type { QueueModel } from './queue-model.ts';

/** Ends a sentence with one full stop, also after a name like "Hana K.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** Says what was just done, with Undo while the decision is held; or says plainly what failed and was rolled back. */
export function UndoBar({ model, notice }: { model: QueueModel; notice?: string | null }) {
  const held = model.decisions.undoable.value;
  const failure = model.decisions.failure.value;
  return (
    <div class="undo-bar">
      {failure && (
        <div class="notice error" role="alert">
          <span>
            Could not save “{describeDecision(failure.decision)}”:{' '}
            {failure.decision.kind !== 'moderate' && failure.code === 'invalid-transition'
              ? 'Moderators and owners of the site cannot be banned.'
              : errorMessage(failure.code)}{' '}
            {describeRollback(failure.decision)}
          </span>
          <button type="button" class="secondary small" onClick={model.decisions.dismissFailure}>
            Dismiss
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {notice && (
          <div class="notice">
            <span>{notice}</span>
          </div>
        )}
        {held && (
          <div class="notice">
            <span>{sentence(describeDecision(held))}</span>
            <button type="button" class="secondary small" aria-keyshortcuts="u" onClick={model.undo}>
              Undo
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
