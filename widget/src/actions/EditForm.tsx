import { useComputed } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Comment } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';
import { FieldError } from '../composer/FieldError.tsx';
import { textDir } from '../i18n/text-dir.ts';
import { createEditModel } from './edit-model.ts';
import { closePanel } from './close-panel.ts';

/** Edits the reader's comment in place. Ctrl/Cmd+Enter saves, Escape cancels; focus returns to "Edit". */
export function EditForm({ comment }: { comment: Comment }) {
  const i18n = useI18n();
  const { client, thread, view } = useWidget();
  const edit = useMemo(
    () => createEditModel({ client, thread, site: comment.siteId, comment, maxLength: thread.site.value?.maxLength ?? 10_000 }),
    [comment.id],
  );
  const textarea = useRef<HTMLTextAreaElement>(null);
  const dir = useComputed(() => textDir(edit.text.value, i18n.dir));
  const loading = edit.loading.value;
  // Until the source is in, and for good if it could not be loaded (Cancel, then Edit, tries again).
  const blocked = loading || edit.failed.value;
  const busy = edit.busy.value;
  const id = `edit-${comment.id}-body`;

  useEffect(() => {
    if (!blocked) textarea.current?.focus();
  }, [blocked]);

  const save = async () => {
    const edited = await edit.save();
    if (edited) {
      closePanel(view, 'edit', comment.id, true);
      view.notify(comment.id, i18n.t('edit.saved'));
    } else textarea.current?.focus();
  };

  return (
    <form
      class="composer edit"
      noValidate
      aria-busy={loading || busy}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label for={id} class="sr-only">
        {i18n.t('edit.label')}
      </label>
      <textarea
        ref={textarea}
        id={id}
        rows={4}
        value={edit.text}
        dir={dir}
        disabled={blocked}
        aria-invalid={edit.error.value ? 'true' : undefined}
        aria-describedby={`${id}-error`}
        onInput={(event) => edit.setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            view.close(true);
          }
        }}
      />
      <FieldError id={`${id}-error`} code={edit.error.value} />
      <div class="composer-actions">
        <button type="button" class="secondary" onClick={() => view.close(true)}>
          {i18n.t('composer.cancel')}
        </button>
        <button type="submit" class="primary" aria-disabled={blocked || busy}>
          {busy ? i18n.t('edit.saving') : i18n.t('edit.save')}
        </button>
      </div>
    </form>
  );
}
