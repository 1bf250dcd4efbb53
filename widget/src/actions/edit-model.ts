import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { Comment } from '../../../core/src/types.ts';
import { ParleyError, type ClientErrorCode } from '../client/parley-error.ts';
import type { ReaderClient } from '../client/reader/reader-client.ts';
import { rememberUnpublished } from '../session/unpublished.ts';
import { createOwnChanges } from '../thread/own-changes.ts';
import type { ThreadModel } from '../thread/thread-model.ts';

/** Editing one of the reader's comments: its source, loaded from the server, then saved back. */
export interface EditModel {
  readonly text: ReadonlySignal<string>;
  /** Until the source is in, the form waits. */
  readonly loading: ReadonlySignal<boolean>;
  /** The source could not be loaded: nothing may be saved (it would replace the comment with what was typed in an empty box). */
  readonly failed: ReadonlySignal<boolean>;
  readonly busy: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<ClientErrorCode | null>;
  setText(text: string): void;
  /** Saves the new text; resolves with the comment as the server answered it, or null when refused. */
  save(): Promise<Comment | null>;
}

/** Creates the edit model and starts loading the comment's Markdown source. */
export function createEditModel(deps: { client: ReaderClient; thread: ThreadModel; site: string; comment: Comment; maxLength: number }): EditModel {
  const { client, thread, site, comment } = deps;
  const own = thread.own(createOwnChanges);
  const text = signal('');
  const loading = signal(true);
  const failed = signal(false);
  const busy = signal(false);
  const error = signal<ClientErrorCode | null>(null);

  client.loadSource(comment.id).then(
    (source) => {
      batch(() => {
        if (!text.value) text.value = source;
        loading.value = false;
      });
    },
    (reason: unknown) => {
      batch(() => {
        error.value = ParleyError.from(reason).code;
        failed.value = true;
        loading.value = false;
      });
    },
  );

  return {
    text,
    loading,
    failed,
    busy,
    error,
    setText(value) {
      text.value = value;
      if (error.value === 'body-empty' || error.value === 'body-too-long') error.value = null;
    },
    async save() {
      if (busy.value || loading.value || failed.value) return null;
      const body = text.value;
      const early = !body.trim() ? 'body-empty' : [...body.trim()].length > deps.maxLength ? 'body-too-long' : null;
      if (early) {
        error.value = early;
        return null;
      }
      batch(() => {
        busy.value = true;
        error.value = null;
      });
      try {
        const edited = await client.editComment(site, comment.id, body);
        own.upsert(edited);
        if (edited.status === 'pending') rememberUnpublished(edited.threadId, edited);
        return edited;
      } catch (reason) {
        error.value = ParleyError.from(reason).code;
        return null;
      } finally {
        busy.value = false;
      }
    },
  };
}
