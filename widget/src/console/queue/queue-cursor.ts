import { computed, signal, type ReadonlySignal } from '@preact/signals';

/**
 * The queue's cursor: the item keyboard commands act on. It stays on its item while others come
 * and go (new comments arriving above it never move it to a comment the moderator has not read).
 * When its item leaves the list, the nearest item after it that is still there takes over (else
 * the nearest before), so focus moves on to the next comment rather than jumping back to the top.
 */
export interface QueueCursor {
  readonly current: ReadonlySignal<string | null>;
  move(delta: 1 | -1): void;
  focus(id: string): void;
  /** Back to the first item (another queue or filter). */
  reset(): void;
  /** Follows `id` again (after an undo brought it back). */
  follow(id: string | null): void;
}

/** Creates a cursor over a list of items with ids. */
export function createQueueCursor(items: ReadonlySignal<ReadonlyArray<{ id: string }>>): QueueCursor {
  // The moderator's last choice; a new object each time, so choosing the same id again counts.
  const chosen = signal<{ id: string | null }>({ id: null });
  // What the cursor stood on when last computed, and its neighbours then (nearest first), so the
  // right one takes over when its item leaves, whatever else changed in the same update.
  let seenChoice = chosen.peek();
  let standing: string | null = null;
  let after: string[] = [];
  let before: string[] = [];
  const current = computed(() => {
    const list = items.value;
    const choice = chosen.value;
    if (choice !== seenChoice) {
      seenChoice = choice;
      standing = choice.id;
    }
    if (list.length === 0) return null;
    const ids = list.map((item) => item.id);
    const present = new Set(ids);
    const next = standing === null ? ids[0]! : present.has(standing) ? standing : (after.find((id) => present.has(id)) ?? before.find((id) => present.has(id)) ?? ids[0]!);
    const at = ids.indexOf(next);
    standing = next;
    after = ids.slice(at + 1);
    before = ids.slice(0, at).reverse();
    return next;
  });
  const choose = (id: string | null) => {
    chosen.value = { id };
  };
  return {
    current,
    move(delta) {
      const list = items.value;
      if (list.length === 0) return;
      const at = Math.max(0, list.findIndex((item) => item.id === current.value));
      choose(list[Math.min(list.length - 1, Math.max(0, at + delta))]!.id);
    },
    focus(id) {
      if (items.value.some((item) => item.id === id)) choose(id);
    },
    reset: () => choose(null),
    follow: choose,
  };
}
