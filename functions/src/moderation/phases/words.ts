import { findListedWords } from '../../../../core/src/moderation/normalize.ts';
import { refuse } from '../../shared/refuse.ts';
import type { Phase } from '../pipeline.ts';

/** Banned words refuse the comment, however they are disguised (see core's normalisation). */
export const bannedWords: Phase = ({ body, settings }) => {
  if (findListedWords(body, settings.bannedWords).length > 0) refuse('comment-rejected');
  return undefined;
};

/** Suspect words hold the comment for a moderator. */
export const suspectWords: Phase = ({ body, settings }) => {
  const found = findListedWords(body, settings.suspectWords);
  return found.length > 0 ? { status: 'pending', phase: 'suspect-words', reason: `contains: ${found.slice(0, 5).join(', ')}` } : undefined;
};
