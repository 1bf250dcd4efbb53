import { useEffect, useRef } from 'preact/hooks';
import { REACTIONS, type Comment } from '../../../core/src/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';
import { REACTION_EMOJI } from '../thread/reaction-emoji.ts';
import { useReact } from '../thread/use-react.ts';

/** The five reactions to choose from. Escape closes it; choosing one closes it and returns focus to "React". */
export function ReactionPicker({ comment }: { comment: Comment }) {
  const i18n = useI18n();
  const { session, view } = useWidget();
  const react = useReact();
  const group = useRef<HTMLDivElement>(null);
  const mine = session.reactions.value[comment.id];
  useEffect(() => group.current?.querySelector('button')?.focus(), []);
  return (
    <div
      ref={group}
      class="picker"
      role="group"
      aria-label={i18n.t('comment.react')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') view.close(true);
      }}
    >
      {REACTIONS.map((reaction) => (
        <button
          key={reaction}
          type="button"
          class="chip"
          aria-pressed={mine === reaction}
          aria-label={i18n.t(`reaction.${reaction}`)}
          title={i18n.t(`reaction.${reaction}`)}
          onClick={() => {
            view.close(true);
            void react(comment.id, reaction);
          }}
        >
          <span aria-hidden="true">{REACTION_EMOJI[reaction]}</span>
        </button>
      ))}
    </div>
  );
}
