import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Comment } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import { textDir } from '../i18n/text-dir.ts';
import type { ComposerModel, FieldErrors } from './composer-model.ts';
import { FieldError } from './FieldError.tsx';
import { AccountBar } from '../identity/AccountBar.tsx';
import { IdentityNotice } from '../identity/IdentityNotice.tsx';
import { IdentitySection } from '../identity/IdentitySection.tsx';
import { MarkdownHelp } from './MarkdownHelp.tsx';

/** Shows the count only near the limit, so it informs without nagging. */
const COUNT_FROM = 200;

const FIELD_ORDER: Array<keyof FieldErrors> = ['body', 'name', 'email', 'website'];

interface ComposerProps {
  composer: ComposerModel;
  idPrefix: string;
  label: string;
  /** A reply box: label read by screen readers only, a cancel button, the reply wording. */
  isReply?: boolean;
  /** Shows only the text box until the reader engages with it. */
  collapsible?: boolean;
  autoFocus?: boolean;
  onFocus?: () => void;
  onCancel?: () => void;
  onPosted?: (comment: Comment) => void;
}

/** The comment form: text, formatting help, who posts (guest details or the signed-in reader), send. Ctrl/Cmd+Enter sends; errors sit next to their field. */
export function Composer({ composer, idPrefix, label, isReply, collapsible, autoFocus, onFocus, onCancel, onPosted }: ComposerProps) {
  const i18n = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const [engaged, setEngaged] = useState(false);
  const errors = composer.errors.value;
  const remaining = composer.remaining.value;
  const busy = composer.busy.value;
  const { identity } = composer;
  const expanded =
    !collapsible || engaged || composer.body.value !== '' || Object.values(errors).some(Boolean) || identity.step.value !== 'idle' || identity.error.value !== null;

  // In the same task as the swap from the first-paint box: a layout effect leaves no moment for a
  // keystroke to land outside the text box (an effect runs after the paint, and one was lost).
  useLayoutEffect(() => {
    const textarea = form.current?.querySelector('textarea');
    if (!autoFocus || !textarea) return;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }, [autoFocus]);

  const send = async () => {
    const stored = await composer.submit();
    if (stored) return onPosted?.(stored);
    const field = FIELD_ORDER.find((name) => composer.errors.value[name]);
    if (field) form.current?.querySelector<HTMLElement>(`#${idPrefix}-${field}`)?.focus();
  };

  return (
    <form
      ref={form}
      class="composer"
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {!isReply && identity.member.value && <AccountBar identity={identity} idPrefix={idPrefix} />}
      <label for={`${idPrefix}-body`} class={isReply ? 'sr-only' : 'composer-label'}>
        {label}
      </label>
      <textarea
        id={`${idPrefix}-body`}
        rows={isReply ? 3 : expanded ? 4 : 2}
        placeholder={i18n.t('composer.placeholder')}
        value={composer.body.value}
        dir={textDir(composer.body.value, i18n.dir)}
        aria-invalid={errors.body ? 'true' : undefined}
        aria-describedby={`${idPrefix}-body-error ${idPrefix}-shortcut`}
        onFocus={() => {
          setEngaged(true);
          identity.activate();
          onFocus?.();
        }}
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
      <FieldError id={`${idPrefix}-body-error`} code={errors.body} />
      <div class="composer-more" hidden={!expanded}>
        <div class="composer-info">
          <MarkdownHelp id={`${idPrefix}-help`} />
          <p id={`${idPrefix}-shortcut`} class="hint">
            {i18n.t('composer.shortcut')}
          </p>
          {remaining < COUNT_FROM && (
            <p class={remaining < 0 ? 'count over' : 'count'} aria-live="polite">
              {remaining < 0 ? i18n.t('composer.over', { count: -remaining }) : i18n.t('composer.remaining', { count: remaining })}
            </p>
          )}
        </div>
        <IdentitySection composer={composer} idPrefix={idPrefix} />
        <FieldError id={`${idPrefix}-form-error`} code={errors.form} />
        <div class="composer-actions">
          {onCancel && (
            <button type="button" class="secondary" onClick={onCancel}>
              {i18n.t('composer.cancel')}
            </button>
          )}
          <button type="submit" class="primary" aria-disabled={busy}>
            {busy ? i18n.t('composer.sending') : isReply ? i18n.t('composer.sendReply') : i18n.t('composer.send')}
          </button>
        </div>
      </div>
      <p class="notice" role="status">
        {composer.notice.value === 'posted' ? i18n.t('composer.posted') : composer.notice.value === 'held' ? i18n.t('composer.held') : ''}
      </p>
      <IdentityNotice identity={identity} />
    </form>
  );
}
