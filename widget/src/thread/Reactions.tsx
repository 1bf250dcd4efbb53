import { REACTIONS, type Comment } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';
import { REACTION_EMOJI } from './reaction-emoji.ts';
import { useReact } from './use-react.ts';

/** The reactions a comment has, with their counts; each toggles the reader's own. */
export function Reactions({ comment }: { comment: Comment }) {
  const i18n = useI18n();
  const { session } = useWidget();
  const react = useReact();
  const given = REACTIONS.filter((reaction) => (comment.reactions[reaction] ?? 0) > 0);
  if (given.length === 0) return null;
  const mine = session.reactions.value[comment.id];
  return (
    <ul class="reactions" role="list">
      {given.map((reaction) => {
        const count = comment.reactions[reaction] ?? 0;
        return (
          <li key={reaction}>
            <button
              type="button"
              class="chip"
              aria-pressed={mine === reaction}
              aria-label={i18n.t('reaction.count', { reaction: i18n.t(`reaction.${reaction}`), count })}
              onClick={() => void react(comment.id, reaction)}
            >
              <span aria-hidden="true">{REACTION_EMOJI[reaction]}</span> {count}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
