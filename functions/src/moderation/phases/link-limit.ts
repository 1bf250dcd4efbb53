import { countBareLinks } from '../../../../core/src/moderation/normalize.ts';
import { countLinks, treeText } from '../../../../core/src/render-tree.ts';
import type { Phase } from '../pipeline.ts';

/** More links than the site allows holds the comment for review. */
export const linkLimit: Phase = ({ tree, settings }) => {
  const written = countLinks(tree);
  // Bare URLs are plain text in the tree; count those not already counted as links.
  const bare = countBareLinks(treeText(tree.map((node) => (typeof node === 'string' ? node : stripLinks(node)))));
  const links = written + bare;
  return links > settings.linkLimit ? { status: 'pending', phase: 'link-limit', reason: `${links} links (limit ${settings.linkLimit})` } : undefined;
};

function stripLinks<T extends { t: string; c?: unknown[] }>(node: T): T {
  if (node.t === 'a') return { ...node, c: [] };
  return { ...node, c: (node.c ?? []).map((child) => (typeof child === 'object' && child !== null ? stripLinks(child as T) : child)) };
}
