import { useState } from 'preact/hooks';
import { plural } from '../format.ts';
import { Dialog } from '../ui/Dialog.tsx';

const REASONS = ['Off-topic', 'Abusive or hateful', 'Spam or advertising', 'Personal information', 'Breaks the site rules'];

/** Asks why before rejecting; Enter in the note rejects at once, so the keyboard path is r, Enter. */
export function RejectDialog({ count, onReject, onClose }: { count: number; onReject: (reason: string) => void; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  return (
    <Dialog title={`Reject ${plural(count, 'comment', 'comments')}`} onClose={onClose}>
      <form
        method="dialog"
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onReject([reason, note.trim()].filter(Boolean).join(': '));
        }}
      >
        <label for="reject-reason">Reason</label>
        <select id="reject-reason" value={reason} onChange={(event) => setReason(event.currentTarget.value)}>
          <option value="">No reason given</option>
          {REASONS.map((text) => (
            <option key={text} value={text}>
              {text}
            </option>
          ))}
        </select>
        <label for="reject-note">Note for the log (optional)</label>
        <input id="reject-note" type="text" maxLength={400} value={note} autoFocus onInput={(event) => setNote(event.currentTarget.value)} />
        <div class="dialog-actions">
          <button type="submit" class="primary">
            Reject
          </button>
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
