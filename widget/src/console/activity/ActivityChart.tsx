import type { DayStats } from '../../client/moderator/client.ts';
import { layoutChart, SERIES, type Series } from './chart.ts';

const LABELS: Record<Series, string> = { approved: 'Approved', pending: 'Held', rejected: 'Rejected', spam: 'Spam' };
const WIDTH = 720;
const HEIGHT = 220;

function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** Comments per day by outcome, as an inline SVG stacked bar chart, with the numbers as a table for screen readers. */
export function ActivityChart({ days }: { days: DayStats[] }) {
  const { bars, ticks, plot } = layoutChart(days, WIDTH, HEIGHT);
  const total = (series: Series) => days.reduce((sum, day) => sum + day[series], 0);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title">
        <title id="chart-title">
          Comments per day for the last {days.length} days:{' '}
          {SERIES.map((series) => `${total(series)} ${LABELS[series].toLowerCase()}`).join(', ')}
        </title>
        {ticks.map((tick) => (
          <g key={tick.value} class="tick">
            <line x1={plot.left} x2={plot.left + plot.width} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 6} y={tick.y + 4} text-anchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => (
          <g key={bar.day} class="bar">
            <title>
              {shortDay(bar.day)}: {SERIES.map((series) => `${days[index]![series]} ${LABELS[series].toLowerCase()}`).join(', ')}
            </title>
            {bar.segments.map((segment) => (
              <rect key={segment.series} class={`series-${segment.series}`} x={bar.x} y={segment.y} width={bar.width} height={segment.height} />
            ))}
            {index % 5 === 4 && (
              <text class="day" x={bar.x + bar.width / 2} y={HEIGHT - 8} text-anchor="middle">
                {shortDay(bar.day)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption class="legend">
        {SERIES.map((series) => (
          <span key={series}>
            <span class={`swatch series-${series}`} aria-hidden="true" /> {LABELS[series]} ({total(series)})
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
