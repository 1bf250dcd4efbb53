import { describe, expect, it } from 'vitest';
import { DUPLICATE_WINDOW_MS, exceedsRate, isDuplicate, recordPost, type RecentPost } from '../../core/src/moderation/rate.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 3_600_000;

/** `count` posts, `agoMs` before now (spread one millisecond apart, newest first). */
const posts = (count: number, agoMs: number, hash = 'h'): RecentPost[] => Array.from({ length: count }, (_, i) => ({ at: NOW - agoMs - i, hash: `${hash}${i}` }));

describe('exceedsRate', () => {
  const defaults = { perMinute: 5, perHour: 30 };

  it.each<[string, RecentPost[], boolean]>([
    ['no earlier posts', [], false],
    ['four in the last minute', posts(4, 1000), false],
    ['five in the last minute', posts(5, 1000), true],
    ['five just over a minute ago', posts(5, MINUTE), false],
    ['29 in the last hour', posts(29, 2 * MINUTE), false],
    ['30 in the last hour', posts(30, 2 * MINUTE), true],
    ['30 an hour ago and more', posts(30, HOUR), false],
    ['29 in the hour and 4 in the minute', [...posts(25, 10 * MINUTE), ...posts(4, 1000)], false],
    ['26 in the hour and 4 in the minute', [...posts(26, 10 * MINUTE), ...posts(4, 1000)], true],
  ])('with the default limits (5 a minute, 30 an hour): %s → %s', (_name, recent, exceeded) => {
    expect(exceedsRate(recent, NOW, defaults)).toBe(exceeded);
  });

  it('turns a limit off with 0', () => {
    expect(exceedsRate(posts(50, 1000), NOW, { perMinute: 0, perHour: 0 })).toBe(false);
    expect(exceedsRate(posts(50, 1000), NOW, { perMinute: 0, perHour: 30 })).toBe(true);
    expect(exceedsRate(posts(5, 1000), NOW, { perMinute: 5, perHour: 0 })).toBe(true);
  });
});

describe('isDuplicate', () => {
  it.each<[string, RecentPost[], boolean]>([
    ['the same text a minute ago', [{ at: NOW - MINUTE, hash: 'same' }], true],
    ['the same text just inside the window', [{ at: NOW - DUPLICATE_WINDOW_MS + 1, hash: 'same' }], true],
    ['the same text at the end of the window', [{ at: NOW - DUPLICATE_WINDOW_MS, hash: 'same' }], false],
    ['other text a minute ago', [{ at: NOW - MINUTE, hash: 'other' }], false],
  ])('%s → %s', (_name, recent, duplicate) => {
    expect(isDuplicate(recent, NOW, 'same')).toBe(duplicate);
  });

  it('uses a 15-minute window', () => {
    expect(DUPLICATE_WINDOW_MS).toBe(15 * MINUTE);
  });
});

describe('recordPost', () => {
  it('appends the post and forgets what no limit or duplicate check needs any more', () => {
    const old = { at: NOW - HOUR, hash: 'old' };
    const kept = { at: NOW - HOUR + 1, hash: 'kept' };
    expect(recordPost([old, kept], { at: NOW, hash: 'new' })).toEqual([kept, { at: NOW, hash: 'new' }]);
  });

  it('keeps at most the newest `keep` posts', () => {
    const recent = posts(10, 1000).reverse();
    const result = recordPost(recent, { at: NOW, hash: 'new' }, 5);
    expect(result).toHaveLength(5);
    expect(result.at(-1)).toEqual({ at: NOW, hash: 'new' });
    expect(result.slice(0, 4)).toEqual(recent.slice(-4));
  });

  it('keeps enough for the default hourly limit to hold exactly', () => {
    let recent: RecentPost[] = [];
    for (let i = 0; i < 30; i++) recent = recordPost(recent, { at: NOW - HOUR + (i + 1) * MINUTE, hash: `p${i}` });
    expect(exceedsRate(recent, NOW, { perMinute: 5, perHour: 30 })).toBe(true);
  });
});
