import type { QueueItem } from '../../client/moderator/client.ts';
import { formatAgo, formatPercent, plural } from '../format.ts';
import { HOLDING_PHASES, phaseLabel } from '../messages.ts';
import type { ItemDetails } from './item-details.ts';

/** Why the comment is in the queue: the pipeline phase that decided, its scores, and readers' reports. */
export function ItemWhy({ item, details }: { item: QueueItem; details: ItemDetails }) {
  const about = details.privateOf(item.id).value;
  if (!about) return null;
  const { decision, scores, reports } = about;
  return (
    <div class="why">
      {item.status === 'pending' && reports.count > 0 && !HOLDING_PHASES.has(decision.phase) && (
        <p>
          <strong>Held for review after {plural(reports.count, 'report', 'reports')}</strong>
        </p>
      )}
      {decision.phase && (
        <p>
          <span class="muted">When posted: </span>
          <strong>{phaseLabel(decision.phase)}</strong>
          {decision.reason && decision.phase !== 'default' && <span class="muted"> ({decision.reason})</span>}
        </p>
      )}
      {(scores.spam !== undefined || scores.toxicity !== undefined) && (
        <p class="scores">
          {scores.spam !== undefined && <span class={`score${scores.spam >= 0.5 ? ' high' : ''}`}>Spam score {formatPercent(scores.spam)}</span>}
          {scores.toxicity !== undefined && (
            <span class={`score${scores.toxicity >= 0.5 ? ' high' : ''}`}>Toxicity {formatPercent(scores.toxicity)}</span>
          )}
        </p>
      )}
      {reports.count > 0 && <ReportList item={item} details={details} count={reports.count} reasons={reports.reasons} />}
    </div>
  );
}

function ReportList({ item, details, count, reasons }: { item: QueueItem; details: ItemDetails; count: number; reasons: Partial<Record<string, number>> }) {
  const reports = details.reportsOf(item.id).value ?? [];
  return (
    <div class="reports">
      <p>
        <strong>{plural(count, 'report', 'reports')}</strong>
        {': '}
        {Object.entries(reasons)
          .filter(([, times]) => (times ?? 0) > 0)
          .map(([reason, times]) => `${reason} × ${times}`)
          .join(', ')}
      </p>
      {reports.some((report) => report.details) && (
        <ul>
          {reports
            .filter((report) => report.details)
            .map((report) => (
              <li key={report.id}>
                <span class="muted">
                  {report.reason}, {formatAgo(report.at)}:
                </span>{' '}
                {report.details}
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
