import { describe, expect, it } from 'vitest';
import { markdownToTree } from '../../core/src/markdown.ts';
import { MAX_RENDER_DEPTH, countLinks, treeText, type RenderNode } from '../../core/src/render-tree.ts';

function depth(nodes: readonly RenderNode[]): number {
  let deepest = 0;
  for (const node of nodes) if (typeof node !== 'string') deepest = Math.max(deepest, 1 + depth(node.c ?? []));
  return deepest;
}

describe('markdownToTree', () => {
  it.each<[string, string, RenderNode[]]>([
    ['a paragraph', 'Hello', [{ t: 'p', c: ['Hello'] }]],
    ['emphasis and strong', '*a* **b**', [{ t: 'p', c: [{ t: 'em', c: ['a'] }, ' ', { t: 'strong', c: ['b'] }] }]],
    ['inline code', 'use `x < y`', [{ t: 'p', c: ['use ', { t: 'code', c: ['x < y'] }] }]],
    ['a code block', '```\nlet a = 1;\n```', [{ t: 'pre', c: ['let a = 1;'] }]],
    ['a quote', '> quoted', [{ t: 'blockquote', c: [{ t: 'p', c: ['quoted'] }] }]],
    ['a list', '- one\n- two', [{ t: 'ul', c: [{ t: 'li', c: [{ t: 'p', c: ['one'] }] }, { t: 'li', c: [{ t: 'p', c: ['two'] }] }] }]],
    ['an ordered list from 3', '3. three', [{ t: 'ol', start: 3, c: [{ t: 'li', c: [{ t: 'p', c: ['three'] }] }] }]],
    ['a hard line break', 'a  \nb', [{ t: 'p', c: ['a', { t: 'br' }, 'b'] }]],
    ['an https link', '[site](https://example.com)', [{ t: 'p', c: [{ t: 'a', href: 'https://example.com/', c: ['site'] }] }]],
    ['a mailto link', '<mailto:a@example.com>', [{ t: 'p', c: [{ t: 'a', href: 'mailto:a@example.com', c: ['mailto:a@example.com'] }] }]],
    ['a heading as a strong paragraph', '# Title', [{ t: 'p', c: [{ t: 'strong', c: ['Title'] }] }]],
    ['a reference link', '[x][1]\n\n[1]: https://example.com/r', [{ t: 'p', c: [{ t: 'a', href: 'https://example.com/r', c: ['x'] }] }]],
  ])('renders %s', (_name, source, expected) => {
    expect(markdownToTree(source)).toEqual(expected);
  });

  it.each([
    ['javascript: links become their text', '[click](javascript:alert(1))', [{ t: 'p', c: ['click'] }]],
    ['data: links become their text', '[x](data:text/html,<b>x</b>)', [{ t: 'p', c: ['x'] }]],
    ['relative links become their text', '[x](/admin)', [{ t: 'p', c: ['x'] }]],
    ['raw HTML stays visible text', '<img src=x onerror=alert(1)>', ['<img src=x onerror=alert(1)>']],
    ['inline HTML stays text', 'a <b>b</b>', [{ t: 'p', c: ['a <b>b</b>'] }]],
    ['images become links with their alt text', '![cat](https://example.com/c.png)', [{ t: 'p', c: [{ t: 'a', href: 'https://example.com/c.png', c: ['cat'] }] }]],
  ])('%s', (_name, source, expected) => {
    expect(markdownToTree(source)).toEqual(expected);
  });

  it('keeps deeply nested quotes within the depth Firestore can store, without losing the words', () => {
    const tree = markdownToTree(`${'>'.repeat(40)} deep words`);
    expect(depth(tree)).toBeLessThanOrEqual(MAX_RENDER_DEPTH + 1);
    expect(treeText(tree)).toContain('deep words');
  });

  it('counts links for the link-limit phase', () => {
    expect(countLinks(markdownToTree('[a](https://a.example) and [b](https://b.example)\n\n> [c](http://c.example)'))).toBe(3);
  });
});
