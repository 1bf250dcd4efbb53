import { countBareLinks } from '../../../../core/src/moderation/normalize.ts';
import { countLinks, type RenderNode } from '../../../../core/src/render-tree.ts';
import type { Phase } from '../pipeline.ts';

/** The tree's text outside links: where bare URLs written as plain text are found. */
function textOutsideLinks(nodes: readonly RenderNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : node.t === 'a' ? ' ' : textOutsideLinks(node.c ?? []))).join(' ');
}

/** More links (written as Markdown links or as bare URLs) than the site allows holds the comment for review. */
export const linkLimit: Phase = ({ tree, settings }) => {
  const links = countLinks(tree) + countBareLinks(textOutsideLinks(tree));
  return links > settings.linkLimit ? { status: 'pending', phase: 'link-limit', reason: `${links} links (limit ${settings.linkLimit})` } : undefined;
};
