import type { SortOrder } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

const ORDERS: SortOrder[] = ['oldest', 'newest', 'top'];

/** The comment count as the section heading ("Comments" until it is known), and the sort order picker. */
export function ThreadHeader() {
  const i18n = useI18n();
  const { thread } = useWidget();
  return (
    <header class="thread-header">
      <h2 id="parley-heading" tabIndex={-1}>
        {thread.state.value === 'ready' ? i18n.t('thread.count', { count: thread.count.value }) : i18n.t('thread.title')}
      </h2>
      <label class="sort">
        <span>{i18n.t('thread.sort')}</span>
        <select value={thread.sort.value} onChange={(event) => void thread.setSort(event.currentTarget.value as SortOrder)}>
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
