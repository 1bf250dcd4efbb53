import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Definition, Nodes, Parents } from 'mdast';
import { MAX_RENDER_DEPTH, isSafeHref, type RenderElement, type RenderNode, type RenderTag } from './render-tree.ts';

/**
 * Parses comment Markdown (CommonMark, via micromark) into the safe render tree. Only the subset
 * Parley supports survives: paragraphs, emphasis, strong, code, quotes, lists, links and line
 * breaks. Raw HTML becomes visible text; headings become strong paragraphs; links with any
 * scheme but http, https or mailto become their text. Server-side only (the parser is not shipped
 * to readers).
 */
export function markdownToTree(source: string): RenderNode[] {
  const root = fromMarkdown(limitDelimiters(limitNesting(source)));
  const definitions = new Map<string, string>();
  collectDefinitions(root, definitions);
  return mergeText(convertChildren(root, definitions, 0));
}

/**
 * Most block containers (quotes, list items) one line may open. The parser's work grows with
 * the depth a line opens (a line of 10,000 "> " overflowed its stack after half a minute; 5,000
 * "- " took ten seconds), while the tree keeps only MAX_RENDER_DEPTH levels anyway.
 */
export const MAX_LINE_CONTAINERS = 16;
const CONTAINER_MARKER = /^[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * Turns the container markers a line opens beyond MAX_LINE_CONTAINERS into text (the first one
 * escaped). Lines of a fenced code block are left as they are: there the markers are code.
 */
function limitNesting(source: string): string {
  let fence: string | null = null;
  return source
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      let rest = line;
      for (let count = 0; count < MAX_LINE_CONTAINERS; count++) {
        const marker = CONTAINER_MARKER.exec(rest);
        if (!marker) return line;
        rest = rest.slice(marker[0].length);
      }
      const excess = /^([ \t]*)(\d{0,9})([>\-+*.)])/.exec(rest);
      if (!excess || !CONTAINER_MARKER.test(rest)) return line;
      const kept = line.slice(0, line.length - rest.length);
      return `${kept}${excess[1]}${excess[2]}\\${excess[3]}${rest.slice(excess[0].length)}`;
    })
    .join('\n');
}

/**
 * Most runs of emphasis delimiters (`*`, `_`) a comment may use as markup. Matching them costs
 * the parser time that grows with the square of their number (20,000 of "_*" took seven
 * seconds); runs past this many are escaped and read as the characters they are.
 */
export const MAX_DELIMITER_RUNS = 1000;

function limitDelimiters(source: string): string {
  let runs = 0;
  const escape = (chars: string) => chars.replace(/[*_]/g, '\\$&');
  // Code (spans and fenced blocks, from their opening backticks or tildes to the same closing
  // ones) is passed over: a backslash there would show. A run after an odd number of
  // backslashes starts with an escaped character already.
  return source.replace(/(`+)[\s\S]*?\1|^[ \t]{0,3}(~{3,})[\s\S]*?^[ \t]{0,3}\2|(\\*)(\*+|_+)/gm, (match, _ticks, _tildes, slashes?: string, run?: string) => {
    if (run === undefined || slashes === undefined) return match;
    if (++runs <= MAX_DELIMITER_RUNS) return match;
    return slashes + (slashes.length % 2 === 1 ? run[0] + escape(run.slice(1)) : escape(run));
  });
}

function collectDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === 'definition') {
    const definition = node as Definition;
    if (!into.has(definition.identifier)) into.set(definition.identifier, definition.url);
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child as Nodes, into);
}

function element(t: RenderTag, c: RenderNode[], extra: Partial<RenderElement> = {}): RenderElement {
  return { t, c: mergeText(c), ...extra };
}

function convertChildren(parent: Parents, definitions: Map<string, string>, depth: number): RenderNode[] {
  const out: RenderNode[] = [];
  for (const child of parent.children) out.push(...convert(child as Nodes, definitions, depth));
  return out;
}

function convert(node: Nodes, definitions: Map<string, string>, depth: number): RenderNode[] {
  const inner = () => ('children' in node ? convertChildren(node as Parents, definitions, depth + 1) : []);
  // Past the depth limit, keep the words and drop the structure.
  if (depth >= MAX_RENDER_DEPTH) {
    if ('value' in node && typeof node.value === 'string') return [node.value];
    return 'children' in node ? [plainText(node as Parents)] : [];
  }
  switch (node.type) {
    case 'paragraph':
      return [element('p', inner())];
    case 'heading':
      return [element('p', [element('strong', inner())])];
    case 'emphasis':
      return [element('em', inner())];
    case 'strong':
      return [element('strong', inner())];
    case 'delete':
      return [element('del', inner())];
    case 'inlineCode':
      return [element('code', [node.value])];
    case 'code':
      return [element('pre', [node.value])];
    case 'blockquote':
      return [element('blockquote', inner())];
    case 'list': {
      const extra = node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {};
      return [element(node.ordered ? 'ol' : 'ul', inner(), extra)];
    }
    case 'listItem':
      return [element('li', inner())];
    case 'break':
      return [{ t: 'br' }];
    case 'text':
    case 'html':
      return [node.value];
    case 'link':
      return linkOrText(node.url, inner());
    case 'linkReference': {
      const url = definitions.get(node.identifier);
      return url === undefined ? [plainText(node)] : linkOrText(url, inner());
    }
    case 'image':
      return linkOrText(node.url, [node.alt || node.url]);
    case 'imageReference': {
      const url = definitions.get(node.identifier);
      return url === undefined ? [node.alt ?? ''] : linkOrText(url, [node.alt || url]);
    }
    case 'thematicBreak':
    case 'definition':
      return [];
    default:
      return 'children' in node ? inner() : 'value' in node && typeof node.value === 'string' ? [node.value] : [];
  }
}

function linkOrText(url: string, children: RenderNode[]): RenderNode[] {
  const text = children.length ? children : [url];
  return isSafeHref(url) ? [element('a', text, { href: new URL(url).href })] : text;
}

function plainText(node: Parents): string {
  let text = '';
  for (const child of node.children) {
    if ('value' in child && typeof child.value === 'string') text += child.value;
    else if ('children' in child) text += plainText(child as Parents);
  }
  return text;
}

/** Joins neighbouring strings so the stored tree stays small. */
function mergeText(nodes: RenderNode[]): RenderNode[] {
  const out: RenderNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else if (node !== '') out.push(node);
  }
  return out;
}
