import type { ThreadNode } from '../../../core/src/thread-order.ts';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

/**
 * Where a comment's open panel (reply, react, edit, report, delete) goes. The panels come with
 * the writing chunk, which the reader's first pointer or focus on the widget has usually fetched
 * already; if not, this says it is loading (or that it could not be loaded).
 */
export function PanelSlot({ node }: { node: ThreadNode }) {
  const i18n = useI18n();
  const { view, writer } = useWidget();
  const panel = view.panel.value;
  if (!panel || panel.id !== node.comment.id) return null;
  const features = writer.features.value;
  if (features) return <features.CommentPanel node={node} kind={panel.kind} />;
  return writer.failed.value ? (
    <p class="error" role="alert">
      {i18n.t('comment.loadFailed')}
    </p>
  ) : (
    <p class="muted" role="status">
      {i18n.t('comment.loading')}
    </p>
  );
}
