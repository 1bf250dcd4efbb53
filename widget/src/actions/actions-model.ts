import { signal, type ReadonlySignal } from '@preact/signals';
import type { Comment, Reaction } from '../../../core/src/types.ts';
import { ParleyError, type ClientErrorCode } from '../client/parley-error.ts';
import type { ReaderClient } from '../client/reader/reader-client.ts';
import type { SessionModel } from '../session/session-model.ts';
import { createOwnChanges } from '../thread/own-changes.ts';
import type { ThreadModel } from '../thread/thread-model.ts';

/** What a reader can do to a comment besides replying: react, and for their own, delete. */
export interface ActionsModel {
  /** The last failure per comment, shown under it. */
  readonly errors: ReadonlySignal<ReadonlyMap<string, ClientErrorCode>>;
  /** Comments with a request in flight. */
  readonly busy: ReadonlySignal<ReadonlySet<string>>;
  /** Sets (or, the same again, takes back) the reader's reaction; shown at once, corrected by the answer. */
  react(comment: Comment, reaction: Reaction): Promise<void>;
  /** Deletes the reader's comment; answers whether it worked. */
  remove(comment: Comment): Promise<boolean>;
  clearError(commentId: string): void;
}

/** Counts after the reader's reaction moves from `before` to `after`. */
export function shiftReaction(counts: Comment['reactions'], before: Reaction | null, after: Reaction | null): Comment['reactions'] {
  const next = { ...counts };
  if (before) next[before] = Math.max(0, (next[before] ?? 0) - 1);
  if (after) next[after] = (next[after] ?? 0) + 1;
  for (const key of Object.keys(next) as Reaction[]) if (!next[key]) delete next[key];
  return next;
}

/** Creates the actions model of a thread. */
export function createActionsModel(deps: { client: ReaderClient; thread: ThreadModel; session: SessionModel; site: string }): ActionsModel {
  const { client, thread, session, site } = deps;
  const own = thread.own(createOwnChanges);
  const errors = signal<ReadonlyMap<string, ClientErrorCode>>(new Map());
  const busy = signal<ReadonlySet<string>>(new Set());

  const setError = (id: string, code: ClientErrorCode | null) => {
    const map = new Map(errors.value);
    if (code) map.set(id, code);
    else map.delete(id);
    errors.value = map;
  };
  const setBusy = (id: string, on: boolean) => {
    const set = new Set(busy.value);
    if (on) set.add(id);
    else set.delete(id);
    busy.value = set;
  };

  return {
    errors,
    busy,

    async react(comment, reaction) {
      if (busy.value.has(comment.id)) return;
      const before = session.reactions.value[comment.id] ?? null;
      const after = before === reaction ? null : reaction;
      setError(comment.id, null);
      setBusy(comment.id, true);
      own.setReactions(comment.id, shiftReaction(comment.reactions, before, after));
      session.rememberReaction(comment.id, after);
      try {
        const result = await client.react(site, comment.id, reaction);
        own.setReactions(comment.id, result.reactions);
        session.rememberReaction(comment.id, result.mine);
      } catch (reason) {
        own.setReactions(comment.id, comment.reactions);
        session.rememberReaction(comment.id, before);
        setError(comment.id, ParleyError.from(reason).code);
      } finally {
        setBusy(comment.id, false);
      }
    },

    async remove(comment) {
      if (busy.value.has(comment.id)) return false;
      setError(comment.id, null);
      setBusy(comment.id, true);
      try {
        own.upsert(await client.deleteComment(site, comment.id));
        return true;
      } catch (reason) {
        setError(comment.id, ParleyError.from(reason).code);
        return false;
      } finally {
        setBusy(comment.id, false);
      }
    },

    clearError(commentId) {
      setError(commentId, null);
    },
  };
}
