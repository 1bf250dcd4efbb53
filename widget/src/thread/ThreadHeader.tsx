import type { SortOrder } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';

const ORDERS: SortOrder[] = ['oldest', 'newest', 'top'];

/** The comment count as the section heading, and the sort order picker. */
export function ThreadHeader({ count, sort, headingId, onSort }: { count: number; sort: SortOrder; headingId: string; onSort: (sort: SortOrder) => void }) {
  const i18n = useI18n();
  return (
    <header class="thread-header">
      <h2 id={headingId}>{i18n.t('thread.count', { count })}</h2>
      <label class="sort">
        <span>{i18n.t('thread.sort')}</span>
        <select value={sort} onChange={(event) => onSort(event.currentTarget.value as SortOrder)}>
          {ORDERS.map((order) => (
            <option key={order} value={order}>
              {i18n.t(`sort.${order}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
