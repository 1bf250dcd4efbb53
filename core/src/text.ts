/**
 * Text hygiene for everything a user types. Lone surrogates are refused (they cannot be stored
 * faithfully); control characters are removed, except line breaks and tabs in multi-line text.
 */

// C0 controls other than \t and \n, DEL, C1 controls, and bidirectional overrides/isolates that
// can make a name or comment display differently from what it says.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

/** True when the string is well-formed UTF-16 (no unpaired surrogate). */
export function isWellFormedText(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

/** Cleans multi-line text: NFC, unified line breaks, controls removed, trimmed. */
export function cleanMultiline(value: string): string {
  return value.normalize('NFC').replace(LINE_BREAKS, '\n').replace(CONTROL, '').trim();
}

/** Cleans single-line text (names, titles): as multi-line, and every run of whitespace becomes one space. */
export function cleanSingleLine(value: string): string {
  return cleanMultiline(value).replace(/\s+/g, ' ');
}

/** Length in user-perceived characters (code points), as a reader would count them. */
export function textLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}
