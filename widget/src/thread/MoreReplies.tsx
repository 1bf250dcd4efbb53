import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

interface MoreRepliesProps {
  parentId: string;
  rootId: string;
  count: number;
  /** The first collapsed reply, focused once shown. */
  firstHidden: string | null;
}

/** "Show N more replies": expands a collapsed reply list, fetching the chain's missing replies when the page did not bring them. */
export function MoreReplies({ parentId, rootId, count, firstHidden }: MoreRepliesProps) {
  const i18n = useI18n();
  const { thread, view } = useWidget();
  const show = async () => {
    view.expand(parentId);
    if (firstHidden) view.focus(`comment-${firstHidden}`);
    if (thread.missingReplies(rootId) > 0) await thread.loadFocus(rootId);
  };
  return (
    <button type="button" class="link more-replies" onClick={() => void show()}>
      {i18n.t('thread.moreReplies', { count })}
    </button>
  );
}
