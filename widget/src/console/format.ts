/** Date and number formatting for the console (the browser's locale, the user's time zone). */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "27 Nov 2026, 14:05". */
export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

/** "27 Nov 2026". */
export function formatDate(ms: number): string {
  return dateOnly.format(ms);
}

/** "5 minutes ago", "yesterday". */
export function formatAgo(ms: number, now = Date.now()): string {
  const seconds = Math.round((ms - now) / 1000);
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['second', 60],
    ['minute', 60],
    ['hour', 24],
    ['day', 30],
    ['month', 12],
  ];
  let value = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return relative.format(value, unit);
    value = Math.round(value / size);
  }
  return relative.format(value, 'year');
}

/** A score from 0 to 1 as a whole percentage. */
export function formatPercent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** "1 comment", "3 comments". */
export function plural(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

/** The UTC day of a time, as `YYYY-MM-DD`. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
