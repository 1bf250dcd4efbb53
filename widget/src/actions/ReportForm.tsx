import { useComputed } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Comment } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';
import { FieldError } from '../composer/FieldError.tsx';
import { textDir } from '../i18n/text-dir.ts';
import { createReportModel } from './report-model.ts';
import { REPORT_REASONS } from '../../../core/src/moderation/reports.ts';
import { closePanel } from './close-panel.ts';

/** Reports someone else's comment: a reason, and for illegal content the explanation the law requires. */
export function ReportForm({ comment }: { comment: Comment }) {
  const i18n = useI18n();
  const { client, view } = useWidget();
  const report = useMemo(() => createReportModel({ client, site: comment.siteId, commentId: comment.id }), [comment.id]);
  const form = useRef<HTMLFormElement>(null);
  const dir = useComputed(() => textDir(report.details.value, i18n.dir));
  const errors = report.errors.value;
  const prefix = `report-${comment.id}`;
  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  const send = async () => {
    const result = await report.send();
    if (result) {
      closePanel(view, 'report', comment.id, true);
      view.notify(comment.id, i18n.t(result === 'sent' ? 'report.sent' : 'error.already-reported'));
      return;
    }
    const field = report.errors.value.details ? form.current?.querySelector<HTMLElement>(`#${prefix}-details`) : form.current?.querySelector('input');
    field?.focus();
  };

  return (
    <form
      ref={form}
      class="composer report"
      noValidate
      aria-busy={report.busy.value}
      onKeyDown={(event) => event.key === 'Escape' && view.close(true)}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <fieldset aria-describedby={`${prefix}-reason-error`}>
        <legend>{i18n.t('report.legend')}</legend>
        {REPORT_REASONS.map((reason) => (
          <label key={reason} class="choice">
            <input type="radio" name={`${prefix}-reason`} value={reason} checked={report.reason.value === reason} onChange={() => report.setReason(reason)} />
            {i18n.t(`report.${reason}`)}
          </label>
        ))}
      </fieldset>
      <FieldError id={`${prefix}-reason-error`} code={errors.reason} />
      <div class="field">
        <label for={`${prefix}-details`}>{i18n.t('report.details')}</label>
        <textarea
          id={`${prefix}-details`}
          rows={2}
          value={report.details}
          dir={dir}
          required={report.reason.value === 'illegal'}
          aria-invalid={errors.details ? 'true' : undefined}
          aria-describedby={`${prefix}-details-hint ${prefix}-details-error`}
          onInput={(event) => report.setDetails(event.currentTarget.value)}
        />
        <p id={`${prefix}-details-hint`} class="hint">
          {i18n.t('report.detailsHint')}
        </p>
        <FieldError id={`${prefix}-details-error`} code={errors.details} />
      </div>
      <FieldError id={`${prefix}-form-error`} code={errors.form} />
      <div class="composer-actions">
        <button type="button" class="secondary" onClick={() => view.close(true)}>
          {i18n.t('composer.cancel')}
        </button>
        <button type="submit" class="primary" aria-disabled={report.busy.value}>
          {i18n.t('report.send')}
        </button>
      </div>
    </form>
  );
}
