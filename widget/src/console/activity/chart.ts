import type { DayStats } from '../../client/moderator/client.ts';

/** The outcomes the chart stacks, bottom to top. */
export const SERIES = ['approved', 'pending', 'rejected', 'spam'] as const;
/** One outcome. */
export type Series = (typeof SERIES)[number];

/** The `n` UTC days ending with `today` (YYYY-MM-DD), oldest first. */
export function lastDays(today: string, n: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: n }, (_, index) => new Date(end - (n - 1 - index) * 86_400_000).toISOString().slice(0, 10));
}

/**
 * Statistics for each of the days, zero where a day has none. A tally below zero (a decision's
 * decrement whose increment was lost, see bumpStats) counts as zero, so bars and totals agree.
 */
export function fillDays(days: readonly string[], stats: readonly DayStats[]): DayStats[] {
  const byDay = new Map(stats.map((entry) => [entry.day, entry]));
  return days.map((day) => {
    const entry = byDay.get(day);
    return { day, ...Object.fromEntries(SERIES.map((series) => [series, Math.max(0, entry?.[series] ?? 0)])) } as DayStats;
  });
}

/** Round steps within a power of ten; their halves are round too, for the middle gridline. */
const STEPS = [1, 2, 3, 4, 5, 6, 8, 10];

/** The smallest round number (a step times a power of ten) at or above the value; at least 2. */
export function niceMax(value: number): number {
  if (value <= 2) return 2;
  const power = 10 ** Math.floor(Math.log10(value));
  return STEPS.find((step) => step * power >= value)! * power;
}

/** A bar's piece for one outcome. */
export interface Segment {
  series: Series;
  value: number;
  y: number;
  height: number;
}

/** One day's bar. */
export interface Bar {
  day: string;
  x: number;
  width: number;
  total: number;
  segments: Segment[];
}

/** Where everything of the chart goes, in SVG units. */
export interface ChartLayout {
  bars: Bar[];
  ticks: Array<{ value: number; y: number }>;
  max: number;
  plot: { left: number; top: number; width: number; height: number };
}

/** Lays out a stacked bar chart of the days in a `width` × `height` box, with room for the axis labels. */
export function layoutChart(days: readonly DayStats[], width: number, height: number): ChartLayout {
  const plot = { left: 36, top: 8, width: width - 44, height: height - 32 };
  const totals = days.map((day) => SERIES.reduce((sum, series) => sum + day[series], 0));
  const max = niceMax(Math.max(0, ...totals));
  const scale = (value: number) => (value / max) * plot.height;
  const slot = days.length > 0 ? plot.width / days.length : 0;
  const bars = days.map((day, index) => {
    let base = plot.top + plot.height;
    const segments = SERIES.filter((series) => day[series] > 0).map((series) => {
      const h = scale(day[series]);
      base -= h;
      return { series, value: day[series], y: base, height: h };
    });
    return { day: day.day, x: plot.left + index * slot + slot * 0.15, width: slot * 0.7, total: totals[index]!, segments };
  });
  const ticks = [0, 0.5, 1].map((share) => ({ value: Math.round(max * share), y: plot.top + plot.height - share * plot.height }));
  return { bars, ticks, max, plot };
}
