import { describe, expect, it } from 'vitest';
import { countBareLinks, findListedWords, foldForMatching, namesLookAlike } from '../../core/src/moderation/normalize.ts';

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
    ['Greek capitals whose small forms are other letters', 'ΒUΥ FΟLLΟWΕRS', ['buy followers']],
    ['Greek capital Eta, Mu and Nu', 'ΗΑΜ ΝΑΜΕ', ['ham name']],
    ['small capitals', 'this is a ꜱᴄᴀᴍ'],
    ['negative squared letters', 'this is a 🆂🅲🅰🅼'],
    ['squared letters', 'this is a 🄱🅄🅈 🄵🄾🄻🄻🄾🅆🄴🅁🅂'],
    ['negative circled letters', 'this is a 🅢🅒🅐🅜'],
  ])('finds a banned word written with %s', (_name, text, list: string[] = banned) => {
    expect(findListedWords(text, list).length).toBeGreaterThan(0);
  });

  it.each([
    ['a longer word containing it', 'scampi for dinner'],
    ['a word split across others', 'sc am'],
    ['clean text', 'a perfectly friendly comment'],
    ['Greek text that only shares letters', 'Η ΜΟΝΗ ΛΥΣΗ'],
  ])('does not flag %s', (_name, text) => {
    expect(findListedWords(text, ['scam'])).toEqual([]);
  });

  it('matches a Greek entry in the text whatever the case of either', () => {
    expect(findListedWords('ΗΛΙΘΙΟΣ', ['ηλίθιος'])).toEqual(['ηλίθιος']);
    expect(findListedWords('ο ηλίθιος', ['ΗΛΙΘΙΟΣ'])).toEqual(['ΗΛΙΘΙΟΣ']);
    expect(findListedWords('ΝΕΟΣ ΚΟΣΜΟΣ', ['νεος'])).toEqual(['νεος']);
    expect(findListedWords('Ζωή και Μύθος', ['ζωη', 'μυθος'])).toEqual(['ζωη', 'μυθος']);
    expect(findListedWords('ένας φίλος', ['νεος'])).toEqual([]);
  });

  it('folds text to plain lower-case words', () => {
    expect(foldForMatching('Héllo,\u200B  WORLD!')).toBe(' hello world ');
  });

  it('takes a name for the name it imitates', () => {
    const nancy = foldForMatching('Nancy').trim();
    for (const lookalike of ['ΝΑΝCΥ', 'ɴᴀɴᴄʏ', 'N4ncy', 'N a n c y', '🅽🅰🅽🅲🆈', 'Nаncу']) expect(namesLookAlike(lookalike, nancy), lookalike).toBe(true);
    expect(namesLookAlike('Nanci', nancy)).toBe(false);
    expect(namesLookAlike('!!!', nancy)).toBe(false);
  });

  it('keeps ordinary names apart that differ by an i or an l, and takes stand-ins for either', () => {
    const held = (name: string) => foldForMatching(name).trim();
    for (const [posted, staff] of [['Elia', 'Ella'], ['Alia', 'Alla'], ['Nell', 'Neil'], ['Ai', 'Al'], ['Lalia', 'Laila'], ['Lila', 'Ilia']] as const) {
      expect(namesLookAlike(posted, held(staff)), `${posted} / ${staff}`).toBe(false);
    }
    for (const [posted, staff] of [['BiII', 'Bill'], ['B1ll', 'Bill'], ['AI', 'Al'], ['E11a', 'Ella'], ['K1m', 'Kim']] as const) {
      expect(namesLookAlike(posted, held(staff)), `${posted} / ${staff}`).toBe(true);
    }
  });

  it('counts bare links as well as written ones', () => {
    expect(countBareLinks('see https://a.example/x and www.b-example.com, not a.b')).toBe(2);
  });
});
