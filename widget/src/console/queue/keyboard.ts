import { QUEUE_NAMES, type QueueName } from '../../client/moderator/client.ts';

/** What a key does in the queue; `queue:NAME` opens another queue (keys 1 to 5, in tab order). */
export type Command =
  | 'next'
  | 'previous'
  | 'approve'
  | 'reject'
  | 'spam'
  | 'ban'
  | 'trust'
  | 'select'
  | 'selectAll'
  | 'undo'
  | 'search'
  | 'help'
  | 'escape'
  | `queue:${QueueName}`;

/** The shortcuts, as the help dialog lists them. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; command: Command; label: string }> = [
  { keys: ['j'], command: 'next', label: 'Next comment' },
  { keys: ['k'], command: 'previous', label: 'Previous comment' },
  { keys: ['a'], command: 'approve', label: 'Approve (the selection, or the current comment)' },
  { keys: ['r'], command: 'reject', label: 'Reject, with a reason' },
  { keys: ['s'], command: 'spam', label: 'Mark as spam' },
  { keys: ['b'], command: 'ban', label: 'Ban the author' },
  { keys: ['t'], command: 'trust', label: "Trust the author (or stop trusting)" },
  { keys: ['x'], command: 'select', label: 'Select or unselect the current comment' },
  { keys: ['Shift', 'x'], command: 'selectAll', label: 'Select every comment on the page' },
  { keys: ['u'], command: 'undo', label: 'Undo the last action' },
  { keys: ['/'], command: 'search', label: 'Search (then Enter goes back to the comments, Esc clears)' },
  { keys: ['1–5'], command: 'queue:pending', label: 'Open the queues in tab order: pending, reported, spam, rejected, all' },
  { keys: ['?'], command: 'help', label: 'Show these shortcuts' },
  { keys: ['Esc'], command: 'escape', label: 'Close a dialog, or clear the selection' },
];

const BY_KEY: Record<string, Command> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  a: 'approve',
  r: 'reject',
  s: 'spam',
  b: 'ban',
  t: 'trust',
  x: 'select',
  X: 'selectAll',
  u: 'undo',
  '/': 'search',
  '?': 'help',
  Escape: 'escape',
  ...Object.fromEntries(QUEUE_NAMES.map((queue, index) => [String(index + 1), `queue:${queue}` as const])),
};

/** The minimum of a KeyboardEvent this needs. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** Inputs that take no letters: a key pressed on them (a box just ticked with the mouse) is the queue's. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** True when the key goes to a text field, a select or an open dialog's control rather than the queue. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; type?: string; isContentEditable?: boolean; closest?: (selector: string) => unknown } | null;
  if (!element?.tagName) return false;
  if (element.closest?.('dialog')) return true;
  if (element.isContentEditable) return true;
  if (element.tagName === 'INPUT') return !KEYLESS_INPUTS.has(element.type ?? 'text');
  return ['TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** The command a key press means in the queue, or null when the key is not the queue's. */
export function commandFor(press: KeyPress): Command | null {
  if (press.key === 'z' && (press.ctrlKey || press.metaKey) && !isTyping(press.target)) return 'undo';
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (isTyping(press.target)) return press.key === 'Escape' ? 'escape' : null;
  return BY_KEY[press.key] ?? null;
}
