import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ReportReason } from '../../../core/src/types.ts';
import { ParleyError, type ClientErrorCode } from '../client/parley-error.ts';
import type { ReaderClient } from '../client/reader/reader-client.ts';

/** Errors of the report form, by where they are shown. */
export interface ReportErrors {
  reason?: ClientErrorCode;
  details?: ClientErrorCode;
  form?: ClientErrorCode;
}

/** Reporting someone else's comment: a reason, and for illegal content an explanation. */
export interface ReportModel {
  readonly reason: ReadonlySignal<ReportReason | null>;
  readonly details: ReadonlySignal<string>;
  readonly busy: ReadonlySignal<boolean>;
  readonly errors: ReadonlySignal<ReportErrors>;
  setReason(reason: ReportReason): void;
  setDetails(details: string): void;
  /** Sends the report; answers whether it was recorded now or had been before, or null when refused. */
  send(): Promise<'sent' | 'already' | null>;
}

/** Creates the report model for one comment. */
export function createReportModel(deps: { client: ReaderClient; site: string; commentId: string }): ReportModel {
  const reason = signal<ReportReason | null>(null);
  const details = signal('');
  const busy = signal(false);
  const errors = signal<ReportErrors>({});

  return {
    reason,
    details,
    busy,
    errors,
    setReason(value) {
      batch(() => {
        reason.value = value;
        errors.value = {};
      });
    },
    setDetails(value) {
      details.value = value;
      if (errors.value.details) errors.value = { ...errors.value, details: undefined };
    },
    async send() {
      if (busy.value) return null;
      if (!reason.value) {
        errors.value = { reason: 'reason-invalid' };
        return null;
      }
      if (reason.value === 'illegal' && !details.value.trim()) {
        errors.value = { details: 'details-missing' };
        return null;
      }
      batch(() => {
        busy.value = true;
        errors.value = {};
      });
      try {
        await deps.client.report({ site: deps.site, commentId: deps.commentId, reason: reason.value, details: details.value.trim() });
        return 'sent';
      } catch (reason) {
        const error = ParleyError.from(reason);
        if (error.code === 'already-reported') return 'already';
        errors.value = error.code === 'reason-invalid' ? { reason: error.code } : { form: error.code };
        return null;
      } finally {
        busy.value = false;
      }
    },
  };
}
