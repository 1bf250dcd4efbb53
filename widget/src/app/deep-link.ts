import type { Widget } from './widget-context.ts';
import { pathTo } from './view-model.ts';

export { commentIdFromHash } from '../embed/options.ts';

/**
 * Shows a deep-linked comment: loads it with its whole chain when the page does not hold it,
 * expands collapsed replies around it, scrolls to it, highlights and focuses it. Answers whether
 * the comment exists.
 */
export async function revealComment(widget: Pick<Widget, 'thread' | 'view'>, id: string): Promise<boolean> {
  const { thread, view } = widget;
  const present = pathTo(id, thread.nodes.value) !== null;
  if (!present && !(await thread.loadFocus(id).catch(() => false))) return false;
  view.reveal(id, thread.nodes.value);
  return true;
}
