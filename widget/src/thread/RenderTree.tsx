import type { ComponentChildren } from 'preact';
import { isRenderTag, isSafeHref, type RenderNode } from '../../../core/src/render-tree.ts';

/**
 * Turns the server's safe render tree into elements. Text is always text; unknown tags are
 * dropped to their children; links are checked again and never open with the page's rights.
 */
export function RenderTree({ nodes }: { nodes: readonly RenderNode[] }) {
  return <>{nodes.map(renderNode)}</>;
}

function renderNode(node: RenderNode, index: number): ComponentChildren {
  if (typeof node === 'string') return node;
  const children = node.c ? node.c.map(renderNode) : null;
  if (!isRenderTag(node.t)) return children;
  switch (node.t) {
    case 'a':
      return node.href && isSafeHref(node.href) ? (
        <a key={index} href={node.href} rel="ugc nofollow noopener noreferrer" target="_blank">
          {children}
        </a>
      ) : (
        children
      );
    case 'br':
      return <br key={index} />;
    case 'pre':
      return (
        <pre key={index}>
          <code>{children}</code>
        </pre>
      );
    case 'ol':
      return (
        <ol key={index} start={typeof node.start === 'number' ? node.start : undefined}>
          {children}
        </ol>
      );
    default: {
      const Tag = node.t;
      return <Tag key={index}>{children}</Tag>;
    }
  }
}
