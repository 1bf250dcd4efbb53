import { batch, type Signal } from '@preact/signals';
import type { Comment, Reaction, Thread } from '../../../core/src/types.ts';
import { countChange } from './count-change.ts';

/** What the reader's own actions do to the shown thread (`ThreadModel.own`); loaded after the first paint. */
export interface OwnChanges {
  /** Puts a comment as the server answered it (after an edit, a deletion) in place. */
  upsert(comment: Comment): void;
  /** Sets a comment's reaction counts. */
  setReactions(id: string, reactions: Partial<Record<Reaction, number>>): void;
  /**
   * Adds the reader's own comments the public snapshot leaves out: those awaiting moderation, and
   * those the system quietly filed as spam, shown to their author as approved (as the server
   * answers them), so neither a bot nor a shadow-banned author learns of it.
   */
  addOwn(comments: Comment[]): void;
  /** Shows the reader's comment at once, marked as sending; answers a function that drops it. */
  addSending(comment: Comment): () => void;
  /** Replaces the sending placeholder with the comment as the server stored it. */
  confirmSent(placeholderId: string, stored: Comment): void;
}

/** The thread model's signals these changes work on. */
export interface ThreadSignals {
  shown: Signal<ReadonlyMap<string, Comment>>;
  waiting: Signal<ReadonlyMap<string, Comment>>;
  sending: Signal<ReadonlySet<string>>;
  countDelta: Signal<number>;
  thread: Signal<Thread | null>;
  /** Puts comments into `shown`. */
  merge(comments: readonly Comment[]): void;
}

/** Creates the reader's own changes over the thread model's signals. */
export function createOwnChanges({ shown, waiting, sending, countDelta, thread, merge }: ThreadSignals): OwnChanges {
  const without = <T>(set: ReadonlySet<T>, item: T) => {
    const copy = new Set(set);
    copy.delete(item);
    return copy;
  };
  return {
    upsert(comment) {
      batch(() => {
        countDelta.value += countChange(shown.value.get(comment.id), comment);
        merge([comment]);
      });
    },

    setReactions(id, reactions) {
      const comment = shown.value.get(id);
      if (comment) merge([{ ...comment, reactions }]);
    },

    addOwn(comments) {
      const fresh = comments
        .filter((comment) => (comment.status === 'pending' || comment.status === 'spam') && !shown.value.has(comment.id))
        .map((comment): Comment => (comment.status === 'spam' ? { ...comment, status: 'approved' } : comment));
      if (fresh.length > 0) merge(fresh);
    },

    addSending(comment) {
      batch(() => {
        merge([comment]);
        sending.value = new Set(sending.value).add(comment.id);
      });
      return () => {
        batch(() => {
          const map = new Map(shown.value);
          map.delete(comment.id);
          shown.value = map;
          sending.value = without(sending.value, comment.id);
        });
      };
    },

    confirmSent(placeholderId, stored) {
      batch(() => {
        const map = new Map(shown.value);
        map.delete(placeholderId);
        const known = map.has(stored.id) || waiting.value.has(stored.id);
        map.set(stored.id, stored);
        shown.value = map;
        if (waiting.value.has(stored.id)) {
          const queue = new Map(waiting.value);
          queue.delete(stored.id);
          waiting.value = queue;
        }
        sending.value = without(sending.value, placeholderId);
        if (!known && stored.status === 'approved') countDelta.value += 1;
        if (thread.value?.isNew) thread.value = { ...thread.value, isNew: false };
      });
    },
  };
}
