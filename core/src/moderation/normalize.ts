/**
 * Text normalisation for word filters, so that case, accents, zero-width characters, look-alike
 * letters from other scripts and common digit swaps do not let a banned word through.
 */

// Letters from Cyrillic and Greek (and a few symbols) that look like Latin ones.
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', ո: 'n', ս: 'u', ı: 'i',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
};
// Capital letters whose small forms look like other letters (Greek Eta "Η" is an H, its small
// form "η" an n): mapped before lower-casing.
const CAPITAL_LOOKALIKES: Record<string, string> = {
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
  Ϲ: 'c', Ԛ: 'q', Ԝ: 'w',
};
// Small capitals and other Latin letters that Unicode does not fold to plain ones ("ꜱᴄᴀᴍ").
const LATIN_LOOKALIKES: Record<string, string> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o',
  ᴘ: 'p', ꞯ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', ɑ: 'a', ɩ: 'i', ɱ: 'm',
};
// Enclosed letters that have no compatibility decomposition: squared, negative circled and
// negative squared capitals, and regional indicators (each run is A to Z).
const ENCLOSED = /[\u{1F130}-\u{1F149}\u{1F150}-\u{1F169}\u{1F170}-\u{1F189}\u{1F1E6}-\u{1F1FF}]/gu;
const ENCLOSED_STARTS = [0x1f1e6, 0x1f170, 0x1f150, 0x1f130];

function plainEnclosed(char: string): string {
  const code = char.codePointAt(0)!;
  return String.fromCharCode(0x61 + code - ENCLOSED_STARTS.find((start) => code >= start)!);
}

// Symbols that stand in for letters, but only when a letter follows ("$cam", "sh!t"), so that
// ordinary punctuation at the end of a word stays punctuation.
const SYMBOLS: Record<string, string> = { '@': 'a', $: 's', '€': 'e', '£': 'l', '!': 'i', '|': 'l' };
const DIGITS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };
// Zero-width, joiner, variation-selector, soft-hyphen and other characters that render as nothing.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

function mapChars(text: string, table: Record<string, string>): string {
  let out = '';
  for (const char of text) out += table[char] ?? char;
  return out;
}

/**
 * Folds text for matching: compatibility-normalised (full-width and styled letters become plain),
 * invisible characters removed, accents stripped, enclosed letters made plain, lower-cased,
 * look-alikes (capital ones before lower-casing, unless `capitals` is false) and digit swaps
 * mapped to Latin letters, and everything that is not a letter or digit turned into single spaces.
 */
export function foldForMatching(text: string, capitals = true): string {
  const decomposed = text.normalize('NFKD').replace(INVISIBLE, '').replace(/\p{M}+/gu, '').replace(ENCLOSED, plainEnclosed);
  const compatible = (capitals ? mapChars(decomposed, CAPITAL_LOOKALIKES) : decomposed).toLowerCase();
  const latin = mapChars(mapChars(compatible, LOOKALIKES), LATIN_LOOKALIKES).replace(/[@$€£!|](?=\p{L})/gu, (symbol) => SYMBOLS[symbol] ?? symbol);
  return ` ${latin.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Folds a word-list entry the same way, and also maps digits (so "s3x" in the list still matches). */
function foldEntry(entry: string, capitals: boolean): string {
  return mapChars(foldForMatching(entry, capitals), DIGITS);
}

/**
 * Returns the entries of `list` that occur in `text` as whole words or phrases, after folding
 * both. Digits in the text are tried both as digits and as the letters they imitate.
 */
export function findListedWords(text: string, list: readonly string[]): string[] {
  if (list.length === 0) return [];
  // Capital look-alikes are read as the Latin letters they show ("ΗΟΤ" is "hot") and, in a
  // second pass, as their own small letters, so that a Greek entry matches the text in any case.
  const variants = [true, false].flatMap((capitals) => {
    const folded = foldForMatching(text, capitals);
    return [folded, mapChars(folded, DIGITS)];
  });
  // Letters spread out with separators ("b.a.d", "b a d") fold to runs of one-letter words;
  // a run is searched with its spaces removed.
  const runs = variants.flatMap((variant) => (variant.match(/(?: [\p{L}\p{N}](?= )){3,}/gu) ?? []).map((run) => run.replace(/ /g, '')));
  return list.filter((entry) =>
    [true, false].some((capitals) => {
      const needle = foldEntry(entry, capitals);
      if (needle.trim() === '') return false;
      const joined = needle.replace(/ /g, '');
      return variants.some((variant) => variant.includes(needle)) || runs.some((run) => run.includes(joined));
    }),
  );
}

/** Counts links: those in the render tree plus bare URLs and `www.` addresses written as text. */
export function countBareLinks(text: string): number {
  return (text.match(/\bhttps?:\/\/[^\s<>()]+|\bwww\.[^\s<>()]+\.[a-z]{2,}/gi) ?? []).length;
}

/**
 * The key a display name is reserved under on a site: its folded form, with names Firestore keeps
 * for itself as field names (`__…__`) escaped by a leading `~`. '' for no name.
 */
export function reservedKey(name: string | null | undefined): string {
  const folded = name ? foldForMatching(name).trim() : '';
  return /^__.*__$/.test(folded) ? `~${folded}` : folded;
}

/** A name folded for comparing with others: no spaces or punctuation ("K.i m" reads "Kim"), "rn" read as "m" and "vv" as "w". */
function nameShape(name: string): string {
  return foldForMatching(name).replace(/[^\p{L}\p{N}]+/gu, '').replace(/rn/g, 'm').replace(/vv/g, 'w');
}

// A name that imitates letters with other characters: digits, a pipe or an exclamation mark, or a
// capital I inside a word (where a sans-serif face shows it as a small l: "BiII").
const DISGUISED = /[\p{N}|!]|(?<=\p{L})I/u;

/**
 * Whether a posted display name could pass for a held one (a folded reserved key). Folded names
 * that read alike match ("SAM  Moderatör", "S.a.m", "Sarn" for "Sam"); a name written with
 * stand-in characters also matches when digits read as the letters they imitate and i, l and I
 * are taken for one another ("B1ll", "BiII" for "Bill"). Ordinary names that differ by an i or an
 * l ("Elia" and "Ella") stay apart.
 */
export function namesLookAlike(posted: string, held: string): boolean {
  const shape = nameShape(posted);
  if (!shape) return false;
  if (shape === nameShape(held)) return true;
  if (!DISGUISED.test(posted)) return false;
  const loose = (text: string) => mapChars(text, DIGITS).replace(/l/g, 'i');
  return loose(shape) === loose(nameShape(held));
}
