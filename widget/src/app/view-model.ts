import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ThreadNode } from '../../../core/src/thread-order.ts';

/** The one panel open under a comment: a reply, an edit, a report, a delete confirmation or the reaction picker. */
export type PanelKind = 'reply' | 'edit' | 'report' | 'delete' | 'react';

/** Which panel is open, under which comment. */
export interface Panel {
  kind: PanelKind;
  id: string;
}

/** UI state that is not the thread's: the open panel, expanded reply lists, highlight, announcements, the clock. */
export interface ViewModel {
  readonly panel: ReadonlySignal<Panel | null>;
  /** Reply lists (by the id of the comment they hang under) shown in full instead of collapsed. */
  readonly expanded: ReadonlySignal<ReadonlySet<string>>;
  /** A comment to draw attention to (a deep link, the reader's new comment, the first new one shown). */
  readonly highlighted: ReadonlySignal<string | null>;
  /** A message about the thread as a whole, shown under its heading (a deep link to a comment that no longer exists). */
  readonly message: ReadonlySignal<string>;
  /** Text for the polite live region (what just happened, for screen readers). */
  readonly announcement: ReadonlySignal<string>;
  /** A confirmation shown under one comment (a report sent, an edit saved) until the next panel opens; also announced. */
  readonly note: ReadonlySignal<{ id: string; text: string } | null>;
  /** Minute-precise clock for relative times and the edit window. */
  readonly now: ReadonlySignal<number>;
  isOpen(kind: PanelKind, id: string): boolean;
  open(kind: PanelKind, id: string): void;
  /** Closes the panel; with `refocus`, focus returns to the button that opened it. */
  close(refocus?: boolean): void;
  expand(parentId: string): void;
  highlight(commentId: string | null): void;
  announce(text: string): void;
  /** Shows `text` as the thread's message; empty clears it. */
  tell(text: string): void;
  notify(commentId: string, text: string): void;
  /** Moves focus to an element of the widget by id (after the next render). */
  focus(elementId: string): void;
  /** Expands the lists that hide a comment, highlights it, scrolls to it and focuses it. */
  reveal(commentId: string, nodes: readonly ThreadNode[]): void;
  dispose(): void;
}

/** The ids of the comments whose reply lists contain `id`, outermost first; null when it is not in the thread. */
export function pathTo(id: string, nodes: readonly ThreadNode[], path: string[] = []): string[] | null {
  for (const node of nodes) {
    if (node.comment.id === id) return path;
    const found = pathTo(id, node.children, [...path, node.comment.id]);
    if (found) return found;
  }
  return null;
}

/** The button each panel is opened from, to return focus to. */
export const opener = (kind: PanelKind, id: string) => `${kind}-${id}`;

/** Creates the view model. `root` is where element ids are looked up (the shadow root). */
export function createViewModel(root: ShadowRoot | Document): ViewModel {
  const panel = signal<Panel | null>(null);
  const expanded = signal<ReadonlySet<string>>(new Set());
  const highlighted = signal<string | null>(null);
  const message = signal('');
  const announcement = signal('');
  const note = signal<{ id: string; text: string } | null>(null);
  const now = signal(Date.now());
  const timer = setInterval(() => (now.value = Date.now()), 60_000);
  const afterRender = (task: () => void) => requestAnimationFrame(() => requestAnimationFrame(task));

  const view: ViewModel = {
    panel,
    expanded,
    highlighted,
    message,
    announcement,
    note,
    now,
    isOpen: (kind, id) => panel.value?.kind === kind && panel.value.id === id,
    open(kind, id) {
      batch(() => {
        panel.value = { kind, id };
        note.value = null;
      });
    },
    close(refocus = false) {
      const current = panel.value;
      panel.value = null;
      if (refocus && current) view.focus(opener(current.kind, current.id));
    },
    expand(parentId) {
      if (!expanded.value.has(parentId)) expanded.value = new Set(expanded.value).add(parentId);
    },
    notify(commentId, text) {
      note.value = { id: commentId, text };
      view.announce(text);
    },
    highlight(commentId) {
      highlighted.value = commentId;
    },
    announce(text) {
      // Cleared first so the same words are announced again.
      announcement.value = '';
      setTimeout(() => (announcement.value = text), 50);
    },
    tell(text) {
      message.value = text;
    },
    focus(elementId) {
      afterRender(() => root.getElementById(elementId)?.focus());
    },
    reveal(commentId, nodes) {
      const path = pathTo(commentId, nodes);
      if (!path) return;
      batch(() => {
        for (const parentId of path) view.expand(parentId);
        highlighted.value = commentId;
      });
      afterRender(() => {
        const element = root.getElementById(`comment-${commentId}`);
        element?.scrollIntoView?.({ block: 'center' });
        element?.focus({ preventScroll: true });
      });
    },
    dispose() {
      clearInterval(timer);
    },
  };
  return view;
}
