import { describe, expect, it } from 'vitest';
import { MAX_DELIMITER_RUNS, MAX_LINE_CONTAINERS, markdownToTree } from '../../core/src/markdown.ts';
import { MAX_RENDER_DEPTH, countLinks, treeText, type RenderNode } from '../../core/src/render-tree.ts';

function depth(nodes: readonly RenderNode[]): number {
  let deepest = 0;
  for (const node of nodes) if (typeof node !== 'string') deepest = Math.max(deepest, 1 + depth(node.c ?? []));
  return deepest;
}

/** Parsing that is this many times slower than plain words of the same length has lost its limits. */
const SLOWDOWN_LIMIT = 200;

/**
 * How many times longer `source` takes to parse than plain words of the same length (the plain
 * words the faster of two runs). A ratio, not milliseconds: a busy machine slows both alike.
 */
function slowdown(source: string): number {
  const time = (text: string) => {
    const started = performance.now();
    markdownToTree(text);
    return performance.now() - started;
  };
  const plain = 'word '.repeat(Math.ceil(source.length / 5)).slice(0, source.length);
  return time(source) / Math.max(Math.min(time(plain), time(plain)), 1);
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

  it.each([
    ['a line of 10,000 quote markers', `${'>'.repeat(10_000)} deep words`],
    ['a line of 10,000 list markers', `${'- '.repeat(10_000)}deep words`],
    ['a line of 6,000 ordered list markers', `${'1. '.repeat(6_000)}deep words`],
    ['quotes and lists alternating', `${'> - '.repeat(5_000)}deep words`],
  ])('parses %s at once, keeping the words and the markers past the limit as text', (_name, source) => {
    const tree = markdownToTree(source);
    // Before the limit: a stack overflow after half a minute, or ten seconds for the lists (a thousand times plain words); now about as fast.
    expect(slowdown(source)).toBeLessThan(SLOWDOWN_LIMIT);
    expect(depth(tree)).toBeLessThanOrEqual(MAX_RENDER_DEPTH + 1);
    expect(treeText(tree)).toContain('deep words');
  });

  it('keeps nesting up to the limit as markup', () => {
    // Every marker up to the limit is markup (none is left in the text), the next one is text.
    expect(treeText(markdownToTree(`${'> '.repeat(MAX_LINE_CONTAINERS)}x`)).trim()).toBe('x');
    expect(treeText(markdownToTree(`${'> '.repeat(MAX_LINE_CONTAINERS + 1)}x`))).toContain('> x');
  });

  it('leaves code as it is written, past both limits', () => {
    const quotes = `${'> '.repeat(MAX_LINE_CONTAINERS + 4)}quoted`;
    expect(treeText(markdownToTree(`\`\`\`\n${quotes}\n\`\`\``)).trim()).toBe(quotes);
    expect(treeText(markdownToTree(`~~~\n${quotes}\n~~~`)).trim()).toBe(quotes);
    const late = markdownToTree(`${'_ '.repeat(MAX_DELIMITER_RUNS)}\`x*y_z\` and\n\n\`\`\`\na**b\n\`\`\``);
    expect(treeText(late)).toContain('x*y_z');
    expect(treeText(late)).toContain('a**b');
    expect(treeText(late)).not.toContain('\\');
  });

  it('parses 20,000 alternating emphasis delimiters at once, keeping those past the limit as text', () => {
    const tree = markdownToTree('_*'.repeat(10_000));
    // Before the limit: seven seconds (some 700 times plain words); with it, about 50 times.
    expect(slowdown('_*'.repeat(10_000))).toBeLessThan(SLOWDOWN_LIMIT);
    expect(treeText(tree).length).toBeGreaterThan(10_000);
  }, 30_000);

  it('keeps emphasis as markup up to the limit of delimiter runs', () => {
    const early = markdownToTree(`*a*${' b'.repeat(10)}`);
    expect(JSON.stringify(early)).toContain('"t":"em"');
    const late = markdownToTree(`${'_ '.repeat(MAX_DELIMITER_RUNS)}*a* \\*b\\* \\\\*c*`);
    expect(JSON.stringify(late)).not.toContain('"t":"em"');
    // Past the limit each delimiter reads as itself, the escaped ones too, and after an escaped backslash.
    expect(treeText(late)).toContain('*a* *b* \\*c*');
    // Runs after an escaped backslash ("\\_") are live delimiters, and counted.
    expect(JSON.stringify(markdownToTree(`${'\\\\_ '.repeat(MAX_DELIMITER_RUNS)}*a*`))).not.toContain('"t":"em"');
  });

  it('counts links for the link-limit phase', () => {
    expect(countLinks(markdownToTree('[a](https://a.example) and [b](https://b.example)\n\n> [c](http://c.example)'))).toBe(3);
  });
});
