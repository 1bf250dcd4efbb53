import { useState } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';

interface MoreRepliesProps {
  parentId: string;
  rootId: string;
  count: number;
  /** The first collapsed reply, focused once shown. */
  firstHidden: string | null;
}

/**
 * "Show N more replies": expands a collapsed reply list, fetching the chain's missing replies when
 * the page did not bring them. When they cannot be fetched, says so beside the button, which keeps
 * the focus (and the count of what is still missing) to try again.
 */
export function MoreReplies({ parentId, rootId, count, firstHidden }: MoreRepliesProps) {
  const i18n = useI18n();
  const { thread, view } = useWidget();
  const [failed, setFailed] = useState(false);
  const errorId = `more-${parentId}-error`;
  const show = async () => {
    setFailed(false);
    view.expand(parentId);
    try {
      if (thread.missingReplies(rootId) > 0) await thread.loadFocus(rootId);
    } catch {
      return setFailed(true);
    }
    if (firstHidden) view.focus(`comment-${firstHidden}`);
  };
  return (
    <>
      <button type="button" class="link more-replies" aria-describedby={failed ? errorId : undefined} onClick={() => void show()}>
        {i18n.t('thread.moreReplies', { count })}
      </button>
      {failed && (
        <p id={errorId} class="error" role="alert">
          {i18n.t('comment.loadFailed')}
        </p>
      )}
    </>
  );
}
