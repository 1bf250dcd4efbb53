import { describe, expect, it } from 'vitest';
import { canonicalUrl, threadKey } from '../../core/src/canonical-url.ts';

describe('canonicalUrl', () => {
  it.each([
    ['lower-cases scheme and host', 'HTTPS://News.Example.COM/Path', 'https://news.example.com/Path'],
    ['drops the default https port', 'https://example.com:443/a', 'https://example.com/a'],
    ['drops the default http port', 'http://example.com:80/a', 'http://example.com/a'],
    ['keeps other ports', 'http://example.com:8080/a', 'http://example.com:8080/a'],
    ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['drops tracking parameters', 'https://example.com/a?utm_source=x&fbclid=y&gclid=z', 'https://example.com/a'],
    ['keeps and sorts other parameters', 'https://example.com/a?b=2&utm_medium=m&a=1', 'https://example.com/a?a=1&b=2'],
    ['drops credentials', 'https://user:pass@example.com/a', 'https://example.com/a'],
    ['keeps a trailing slash as written', 'https://example.com/a/', 'https://example.com/a/'],
  ])('%s', (_name, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'ftp://example.com/a', 'not a url', ''])('refuses %j', (input) => {
    expect(canonicalUrl(input)).toBeNull();
  });
});

describe('threadKey', () => {
  it('prefers an explicit thread id', () => {
    expect(threadKey({ id: 'post-42', url: 'https://example.com/a' })).toBe('id:post-42');
  });

  it('falls back to the canonical URL', () => {
    expect(threadKey({ url: 'https://EXAMPLE.com/a#x' })).toBe('https://example.com/a');
  });

  it('refuses an explicit id with spaces or markup', () => {
    expect(threadKey({ id: 'a b' })).toBeNull();
    expect(threadKey({ id: '<script>' })).toBeNull();
  });
});
