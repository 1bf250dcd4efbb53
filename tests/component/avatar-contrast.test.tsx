import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Avatar } from '../../widget/src/thread/Avatar.tsx';
import { avatarColor, hueOf } from '../../widget/src/thread/avatar-color.ts';

/** An `hsl(H S% L%)` colour as the browser paints it: 8-bit sRGB channels (CSS Color 4's conversion). */
function hslToRgb(css: string): [number, number, number] {
  const match = /^hsl\((\d+(?:\.\d+)?) (\d+(?:\.\d+)?)% (\d+(?:\.\d+)?)%\)$/.exec(css);
  if (!match) throw new Error(`Not an hsl() colour: ${css}`);
  const [hue, saturation, lightness] = [Number(match[1]), Number(match[2]) / 100, Number(match[3]) / 100];
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const a = saturation * Math.min(lightness, 1 - lightness);
    return Math.round((lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255);
  };
  return [channel(0), channel(8), channel(4)];
}

/** WCAG 2 relative luminance of an 8-bit sRGB colour. */
function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast of the white initial on a background. */
const contrastWithWhite = (css: string) => 1.05 / (luminance(hslToRgb(css)) + 0.05);

describe('generated avatars', () => {
  it('checks its own colour arithmetic against known values', () => {
    expect(hslToRgb('hsl(0 100% 50%)')).toEqual([255, 0, 0]);
    expect(hslToRgb('hsl(120 100% 25%)')).toEqual([0, 128, 0]);
    // The old colour of yellow-green hues, about 2.9:1.
    expect(contrastWithWhite('hsl(60 45% 42%)')).toBeLessThan(3);
  });

  it('gives the white initial at least 4.5:1 on every hue the generator can produce', () => {
    const failing = Array.from({ length: 360 }, (_, hue) => ({ hue, ratio: contrastWithWhite(avatarColor(hue)) })).filter(({ ratio }) => ratio < 4.5);
    expect(failing).toEqual([]);
  });

  it('draws hues from 0 to 359 only, whatever the uid', () => {
    const uids = ['', 'a', 'uid-1', 'sso-test-42', 'x'.repeat(200), '\u{1F600}', 'zzzzzzzzzzzzzzzzzzzz'];
    for (let i = 0; i < 2000; i++) uids.push(`uid-${i * 7919}`);
    for (const uid of uids) {
      const hue = hueOf(uid);
      expect(Number.isInteger(hue) && hue >= 0 && hue < 360).toBe(true);
    }
  });

  it('paints the initial on the colour of its uid', () => {
    const { container } = render(<Avatar author={{ uid: 'uid-yellowish', name: 'Rosa', avatar: null, provider: 'guest', badges: [] }} />);
    const avatar = container.querySelector<HTMLElement>('.avatar')!;
    expect(avatar.textContent).toBe('R');
    expect(contrastWithWhite(avatar.style.backgroundColor.replace(/,\s*/g, ' '))).toBeGreaterThanOrEqual(4.5);
    expect(avatar.getAttribute('style')).toContain(avatarColor(hueOf('uid-yellowish')));
  });
});
