/**
 * The safe render tree: the only form in which comment text reaches a reader. The server builds
 * it from Markdown (see markdown.ts); the widget turns it into elements, never into HTML.
 */

/** Tags a render tree may contain. Anything else is dropped by the server and ignored by the widget. */
export const RENDER_TAGS = ['p', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'br', 'a'] as const;

/** One of the allowed tags. */
export type RenderTag = (typeof RENDER_TAGS)[number];

/** An element of the tree: tag, children, and for links the checked URL, for lists the start number. */
export interface RenderElement {
  t: RenderTag;
  c?: RenderNode[];
  href?: string;
  start?: number;
}

/** Plain text, or an element. */
export type RenderNode = string | RenderElement;

/** Deepest element nesting kept (Firestore allows 20 levels of maps and arrays; each element uses two). */
export const MAX_RENDER_DEPTH = 8;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True when a link target is an absolute http, https or mailto URL. Checked on both sides. */
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** Type guard for an allowed tag name. */
export function isRenderTag(value: unknown): value is RenderTag {
  return typeof value === 'string' && (RENDER_TAGS as readonly string[]).includes(value);
}

/** Number of links in a tree. */
export function countLinks(nodes: readonly RenderNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (node.t === 'a') count++;
    if (node.c) count += countLinks(node.c);
  }
  return count;
}

/** The tree's text without markup, blocks separated by line breaks (for search, excerpts and word filters). */
export function treeText(nodes: readonly RenderNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (typeof node === 'string') text += node;
    else if (node.t === 'br') text += '\n';
    else {
      const inner = treeText(node.c ?? []);
      text += node.t === 'a' && node.href && !inner.includes(node.href) ? `${inner} ${node.href}` : inner;
      if (['p', 'pre', 'li', 'blockquote'].includes(node.t)) text += '\n';
    }
  }
  return text;
}
