/** A hue from the uid, so each author keeps one colour (never derived from an email): 0 to 359. */
export function hueOf(uid: string): number {
  let hash = 0;
  for (let i = 0; i < uid.length; i++) hash = (hash * 31 + uid.charCodeAt(i)) | 0;
  return Math.abs(hash) % 360;
}

/**
 * The background of a generated avatar, for its white initial. Yellows, greens and cyans are light
 * at any given lightness, so they get a darker shade: every hue keeps at least 4.5:1 with white.
 */
export function avatarColor(hue: number): string {
  return `hsl(${hue} 45% ${hue > 25 && hue < 205 ? 32 : 42}%)`;
}
