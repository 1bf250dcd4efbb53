import { describe, expect, it } from 'vitest';
import { cleanMultiline, cleanSingleLine, isWellFormedText, textLength } from '../../core/src/text.ts';

describe('text hygiene', () => {
  it('removes control characters and bidirectional overrides but keeps line breaks and tabs', () => {
    expect(cleanMultiline('a\u0000b\u202Ec\td\r\ne')).toBe('abc\td\ne');
  });

  it('collapses a single-line field to single spaces', () => {
    expect(cleanSingleLine(' Ann\n\t Lee ')).toBe('Ann Lee');
  });

  it('normalises to NFC', () => {
    expect(cleanSingleLine('e\u0301')).toBe('\u00e9');
  });

  it.each([
    ['plain text', 'hello', true],
    ['an emoji pair', '👍', true],
    ['a lone high surrogate', 'a\uD83Db', false],
    ['a lone low surrogate', '\uDC4D', false],
  ])('judges %s well-formed: %s', (_name, value, expected) => {
    expect(isWellFormedText(value)).toBe(expected);
  });

  it('counts code points, as readers count characters', () => {
    expect(textLength('👍a')).toBe(2);
  });
});
