import { findListedWords } from '../../../../core/src/moderation/normalize.ts';
import type { RenderNode } from '../../../../core/src/render-tree.ts';
import { refuse } from '../../shared/refuse.ts';
import type { Phase, PipelineContext } from '../pipeline.ts';

const BLOCKS = new Set(['p', 'pre', 'li', 'blockquote', 'ul', 'ol', 'br']);

/** The text readers see: inline marks and links joined as they render, blocks kept apart. */
function shownText(nodes: readonly RenderNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : BLOCKS.has(node.t) ? `\n${shownText(node.c ?? [])}\n` : shownText(node.c ?? []))).join('');
}

/**
 * The listed words a comment contains, looked for in what its author typed and in what readers
 * will read: Markdown can split a word that renders whole ("**b**ad", "b&#97;d" both read "bad").
 */
function listedWords({ body, tree }: PipelineContext, list: readonly string[]): string[] {
  if (list.length === 0) return [];
  return [...new Set([...findListedWords(body, list), ...findListedWords(shownText(tree), list)])];
}

/** Banned words refuse the comment, however they are disguised (see core's normalisation). */
export const bannedWords: Phase = (context) => {
  if (listedWords(context, context.settings.bannedWords).length > 0) refuse('comment-rejected');
  return undefined;
};

/** Suspect words hold the comment for a moderator. */
export const suspectWords: Phase = (context) => {
  const found = listedWords(context, context.settings.suspectWords);
  return found.length > 0 ? { status: 'pending', phase: 'suspect-words', reason: `contains: ${found.slice(0, 5).join(', ')}` } : undefined;
};
