import { describe, expect, it } from 'vitest';
import { layoutChart, lastDays, niceMax } from '../../widget/src/console/activity/chart.ts';
import { commandFor } from '../../widget/src/console/queue/keyboard.ts';
import { availableActions } from '../../widget/src/console/queue/transitions.ts';
import { formatRoute, parseRoute } from '../../widget/src/console/shell/route.ts';

describe("the console's decision buttons", () => {
  it('offers only the actions that change something', () => {
    expect(availableActions({ status: 'pending', pinned: false })).toEqual(['approve', 'reject', 'spam', 'delete']);
    expect(availableActions({ status: 'approved', pinned: true })).toEqual(['reject', 'spam', 'delete', 'unpin']);
    expect(availableActions({ status: 'deleted', pinned: false })).toEqual(['reject', 'spam', 'restore']);
    expect(availableActions({ status: 'deleted', pinned: false, body: '' })).toEqual([]);
  });

  it('offers approving a published comment in the reported queue (it dismisses the reports)', () => {
    expect(availableActions({ status: 'approved', pinned: false }, true)).toEqual(['approve', 'reject', 'spam', 'delete', 'pin']);
  });
});

describe('console addresses', () => {
  it.each([
    ['', { site: null, page: 'queue', queue: 'pending', thread: null, author: null }],
    ['#/news/queue/spam', { site: 'news', page: 'queue', queue: 'spam', thread: null, author: null }],
    ['#/news/queue/all/t%2F1', { site: 'news', page: 'queue', queue: 'all', thread: 't/1', author: null }],
    ['#/news/settings', { site: 'news', page: 'settings', queue: 'pending', thread: null, author: null }],
    ['#/news/nonsense/what', { site: 'news', page: 'queue', queue: 'pending', thread: null, author: null }],
    ['#/%E0%A4%A/queue', { site: null, page: 'queue', queue: 'pending', thread: null, author: null }],
    ['#/news/queue/pending?author=uid%2F7', { site: 'news', page: 'queue', queue: 'pending', thread: null, author: 'uid/7' }],
    ['#/news/queue/all/t1?author=u9', { site: 'news', page: 'queue', queue: 'all', thread: 't1', author: 'u9' }],
    ['#/news/log?author=u9', { site: 'news', page: 'log', queue: 'pending', thread: null, author: null }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes what it reads', () => {
    for (const hash of ['#/news/queue/reported', '#/news/queue/all/t%2F1', '#/news/queue/spam/t1?author=u%2F9', '#/news/log']) expect(formatRoute(parseRoute(hash))).toBe(hash);
  });
});

describe('keyboard commands', () => {
  const key = (k: string, extra: Partial<{ ctrlKey: boolean; target: unknown }> = {}) =>
    commandFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra } as Parameters<typeof commandFor>[0]);
  const field = { tagName: 'INPUT', closest: () => null };

  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['a', 'approve'],
    ['r', 'reject'],
    ['s', 'spam'],
    ['b', 'ban'],
    ['x', 'select'],
    ['X', 'selectAll'],
    ['u', 'undo'],
    ['?', 'help'],
    ['q', null],
  ])('maps %s to %s', (k, command) => {
    expect(key(k)).toBe(command);
  });

  it('ignores keys typed into fields, except Escape', () => {
    expect(key('a', { target: field })).toBeNull();
    expect(key('Escape', { target: field })).toBe('escape');
  });

  it('leaves browser shortcuts alone but takes Ctrl+Z as undo', () => {
    expect(key('a', { ctrlKey: true })).toBeNull();
    expect(key('z', { ctrlKey: true })).toBe('undo');
  });
});

describe('the activity chart', () => {
  it.each([
    [0, 2],
    [3, 3],
    [7, 8],
    [28, 30],
    [41, 50],
    [101, 200],
  ])('rounds a largest day of %i up to %i', (value, max) => {
    expect(niceMax(value)).toBe(max);
  });

  it('lists the last days up to today', () => {
    expect(lastDays('2026-03-02', 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('stacks the outcomes of a day from the bottom, in proportion', () => {
    const { bars, plot } = layoutChart([{ day: '2026-11-01', approved: 3, pending: 1, rejected: 0, spam: 0 }], 100, 100);
    const [approved, pending] = bars[0]!.segments;
    expect(approved!.y + approved!.height).toBeCloseTo(plot.top + plot.height);
    expect(pending!.y + pending!.height).toBeCloseTo(approved!.y);
    expect(approved!.height / pending!.height).toBeCloseTo(3);
    expect(bars[0]!.segments.map((segment) => segment.series)).toEqual(['approved', 'pending']);
  });
});
