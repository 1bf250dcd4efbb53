import type { Reaction } from '../../../core/src/types.ts';
import { useWidget } from '../app/widget-context.ts';

/** Reacting to a comment: loads the writing features if needed, then reacts to the comment as it is now. */
export function useReact(): (commentId: string, reaction: Reaction) => Promise<void> {
  const { thread, writer } = useWidget();
  return async (commentId, reaction) => {
    const features = await writer.load();
    const comment = thread.find(commentId);
    if (features && comment) await features.actions.react(comment, reaction);
  };
}
