import { signal, type ReadonlySignal } from '@preact/signals';
import type { ComposerModel } from '../composer/composer-model.ts';

/** UI state that is not the thread's: which reply box is open, what is highlighted, the clock. */
export interface ViewModel {
  readonly replyingTo: ReadonlySignal<string | null>;
  /** A comment to draw attention to (a deep link, or the first of the new comments just shown). */
  readonly highlighted: ReadonlySignal<string | null>;
  /** Minute-precise clock for relative times. */
  readonly now: ReadonlySignal<number>;
  openReply(commentId: string): void;
  closeReply(): void;
  highlight(commentId: string | null): void;
  /** Moves focus to an element of the widget by id (after the next render). */
  focus(elementId: string): void;
  /** The reply composer for a comment, created on first use and kept (with its draft) after. */
  replyComposer(commentId: string): ComposerModel;
  dispose(): void;
}

/** Creates the view model; `makeComposer` builds a reply composer for a parent comment. */
export function createViewModel(root: ShadowRoot | Document, makeComposer: (parentId: string) => ComposerModel): ViewModel {
  const replyingTo = signal<string | null>(null);
  const highlighted = signal<string | null>(null);
  const now = signal(Date.now());
  const composers = new Map<string, ComposerModel>();
  const timer = setInterval(() => (now.value = Date.now()), 60_000);
  return {
    replyingTo,
    highlighted,
    now,
    openReply(commentId) {
      replyingTo.value = commentId;
    },
    closeReply() {
      replyingTo.value = null;
    },
    highlight(commentId) {
      highlighted.value = commentId;
    },
    focus(elementId) {
      requestAnimationFrame(() => root.getElementById(elementId)?.focus());
    },
    replyComposer(commentId) {
      let composer = composers.get(commentId);
      if (!composer) {
        composer = makeComposer(commentId);
        composers.set(commentId, composer);
      }
      return composer;
    },
    dispose() {
      clearInterval(timer);
    },
  };
}
