import { useEffect, useRef } from 'preact/hooks';
import type { Comment } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import type { ComposerModel } from './composer-model.ts';
import { FieldError } from './FieldError.tsx';
import { GuestFields } from './GuestFields.tsx';

/** Shows the count only near the limit, so it informs without nagging. */
const COUNT_FROM = 200;

interface ComposerProps {
  composer: ComposerModel;
  idPrefix: string;
  /** For replies: the name of the author being answered. */
  replyTo?: string;
  autoFocus?: boolean;
  onFocus?: () => void;
  onCancel?: () => void;
  onPosted?: (comment: Comment) => void;
}

/** The comment form: text, guest details, send. Ctrl/Cmd+Enter sends; errors sit next to their field. */
export function Composer({ composer, idPrefix, replyTo, autoFocus, onFocus, onCancel, onPosted }: ComposerProps) {
  const i18n = useI18n();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const errors = composer.errors.value;
  const remaining = composer.remaining.value;
  const busy = composer.busy.value;

  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);

  const send = async () => {
    const stored = await composer.submit();
    if (stored) onPosted?.(stored);
    else {
      const first = composer.errors.value;
      const field = first.body ? 'body' : first.name ? 'name' : first.email ? 'email' : first.website ? 'website' : null;
      if (field) textarea.current?.closest('form')?.querySelector<HTMLElement>(`#${idPrefix}-${field}`)?.focus();
    }
  };

  const label = replyTo ? i18n.t('composer.replyLabel', { name: replyTo }) : i18n.t('composer.label');
  return (
    <form
      class="composer"
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label for={`${idPrefix}-body`} class={replyTo ? 'sr-only' : 'composer-label'}>
        {label}
      </label>
      <textarea
        ref={textarea}
        id={`${idPrefix}-body`}
        rows={replyTo ? 3 : 4}
        placeholder={i18n.t('composer.placeholder')}
        value={composer.body.value}
        aria-invalid={errors.body ? 'true' : undefined}
        aria-describedby={`${idPrefix}-hint ${idPrefix}-body-error`}
        onFocus={onFocus}
        onInput={(event) => composer.setBody(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void send();
          } else if (event.key === 'Escape' && onCancel) {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div class="composer-info">
        <p id={`${idPrefix}-hint`} class="hint">
          {i18n.t('composer.hint')}
        </p>
        {remaining < COUNT_FROM && (
          <p class={remaining < 0 ? 'count over' : 'count'} aria-live="polite">
            {remaining < 0 ? i18n.t('composer.over', { count: -remaining }) : i18n.t('composer.remaining', { count: remaining })}
          </p>
        )}
      </div>
      <FieldError id={`${idPrefix}-body-error`} code={errors.body} />
      <GuestFields composer={composer} idPrefix={idPrefix} />
      <FieldError id={`${idPrefix}-form-error`} code={errors.form ?? errors.thread ?? errors.reason} />
      <div class="composer-actions">
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            {i18n.t('composer.cancel')}
          </button>
        )}
        <button type="submit" class="primary" aria-disabled={busy}>
          {busy ? i18n.t('composer.sending') : replyTo ? i18n.t('composer.sendReply') : i18n.t('composer.send')}
        </button>
      </div>
      <p class="notice" role="status">
        {composer.notice.value === 'posted' ? i18n.t('composer.posted') : composer.notice.value === 'held' ? i18n.t('composer.held') : ''}
      </p>
    </form>
  );
}
