import { useState } from 'preact/hooks';
import { Dialog } from '../ui/Dialog.tsx';

const DURATIONS: Array<[string, number | null]> = [
  ['24 hours', 24],
  ['7 days', 7 * 24],
  ['30 days', 30 * 24],
  ['Permanently', null],
];

/** Bans an author from the site: for how long, openly or as a shadow ban, and why. */
export function BanDialog({ name, onBan, onClose }: { name: string; onBan: (hours: number | null, shadow: boolean, reason: string) => void; onClose: () => void }) {
  const [duration, setDuration] = useState(0);
  const [shadow, setShadow] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Dialog title={`Ban ${name}`} onClose={onClose}>
      <form
        method="dialog"
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onBan(DURATIONS[duration]![1], shadow, reason.trim());
        }}
      >
        <fieldset>
          <legend>How long</legend>
          {DURATIONS.map(([label], index) => (
            <label key={label} class="inline">
              <input type="radio" name="ban-duration" checked={duration === index} onChange={() => setDuration(index)} /> {label}
            </label>
          ))}
        </fieldset>
        <label class="inline">
          <input type="checkbox" checked={shadow} onChange={(event) => setShadow(event.currentTarget.checked)} /> Shadow ban: their new comments are shown
          only to them
        </label>
        <label for="ban-reason">Reason (for the log)</label>
        <input id="ban-reason" type="text" maxLength={400} value={reason} autoFocus onInput={(event) => setReason(event.currentTarget.value)} />
        <div class="dialog-actions">
          <button type="submit" class="primary danger">
            Ban {name}
          </button>
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
