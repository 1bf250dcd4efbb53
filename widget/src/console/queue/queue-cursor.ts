import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';

/**
 * The queue's cursor: the item keyboard commands act on. It follows the item the moderator chose;
 * when that item leaves the list, the item now in its place (or the new last one) takes over, so
 * focus moves on to the next comment rather than jumping back to the top.
 */
export interface QueueCursor {
  readonly current: ReadonlySignal<string | null>;
  move(delta: 1 | -1): void;
  focus(id: string): void;
  /** Remembers where the cursor stands before items leave, and keeps following `id` if given. */
  hold(id: string | null): void;
  /** Back to the first item (another queue or filter). */
  reset(): void;
  /** Follows `id` again (after an undo brought it back). */
  follow(id: string | null): void;
}

/** Creates a cursor over a list of items with ids. */
export function createQueueCursor(items: ReadonlySignal<ReadonlyArray<{ id: string }>>): QueueCursor {
  const wanted = signal<string | null>(null);
  const anchor = signal(0);
  const current = computed(() => {
    const list = items.value;
    if (list.length === 0) return null;
    if (wanted.value && list.some((item) => item.id === wanted.value)) return wanted.value;
    return list[Math.min(anchor.value, list.length - 1)]!.id;
  });
  const indexOf = (id: string | null) => items.value.findIndex((item) => item.id === id);
  const place = (id: string, at: number) =>
    batch(() => {
      wanted.value = id;
      anchor.value = at;
    });
  return {
    current,
    move(delta) {
      const list = items.value;
      if (list.length === 0) return;
      const next = Math.min(list.length - 1, Math.max(0, Math.max(0, indexOf(current.value)) + delta));
      place(list[next]!.id, next);
    },
    focus(id) {
      const at = indexOf(id);
      if (at >= 0) place(id, at);
    },
    hold(id) {
      const at = indexOf(current.value);
      batch(() => {
        if (at >= 0) anchor.value = at;
        if (id) wanted.value = id;
      });
    },
    reset() {
      batch(() => {
        wanted.value = null;
        anchor.value = 0;
      });
    },
    follow(id) {
      wanted.value = id;
    },
  };
}
