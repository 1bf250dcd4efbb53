import { describe, expect, it } from 'vitest';
import { countBareLinks, findListedWords, foldForMatching } from '../../core/src/moderation/normalize.ts';

describe('word filters', () => {
  const banned = ['scam', 'buy followers'];

  it.each([
    ['plain', 'this is a scam'],
    ['upper case', 'THIS IS A SCAM'],
    ['accents', 'this is a sçàm'],
    ['zero-width characters', 'this is a s\u200Bc\u200Ca\u200Dm'],
    ['Cyrillic look-alikes', 'this is a ѕсаm'],
    ['Greek look-alikes', 'this is a scαm'],
    ['full-width letters', 'this is a ｓｃａｍ'],
    ['digit swaps', 'this is a 5c4m'],
    ['spread-out letters', 'this is a s.c.a.m'],
    ['spaced letters', 'this is a s c a m'],
    ['a phrase across punctuation', 'Buy—followers now'],
  ])('finds a banned word written with %s', (_name, text) => {
    expect(findListedWords(text, banned).length).toBeGreaterThan(0);
  });

  it.each([
    ['a longer word containing it', 'scampi for dinner'],
    ['a word split across others', 'sc am'],
    ['clean text', 'a perfectly friendly comment'],
  ])('does not flag %s', (_name, text) => {
    expect(findListedWords(text, ['scam'])).toEqual([]);
  });

  it('folds text to plain lower-case words', () => {
    expect(foldForMatching('Héllo,\u200B  WORLD!')).toBe(' hello world ');
  });

  it('counts bare links as well as written ones', () => {
    expect(countBareLinks('see https://a.example/x and www.b-example.com, not a.b')).toBe(2);
  });
});
