import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { utcDay } from '../../../widget/src/console/format.ts';
import { queued, renderConsole } from './render-console.tsx';

describe('the activity panel', () => {
  it('draws 30 days of comments by outcome and shows the queue sizes now', async () => {
    const today = utcDay(Date.now());
    const stats = [
      { day: today, approved: 10, pending: 2, rejected: 1, spam: 3 },
      { day: utcDay(Date.now() - 40 * 86_400_000), approved: 99, pending: 0, rejected: 0, spam: 0 },
    ];
    const { container } = renderConsole({ hash: '#/news/activity', stats, comments: [queued('a', 'x'), queued('b', 'y', { status: 'spam' })] });
    const chart = await screen.findByRole('img');
    expect(chart.querySelectorAll('g.bar')).toHaveLength(30);
    expect(chart.querySelector('title')!.textContent).toBe('Comments per day for the last 30 days: 10 approved, 2 held, 1 rejected, 3 spam');
    const last = [...chart.querySelectorAll('g.bar')].pop()!;
    expect([...last.querySelectorAll('rect')].map((rect) => rect.getAttribute('class'))).toEqual(['series-approved', 'series-pending', 'series-rejected', 'series-spam']);
    await waitFor(() => expect([...container.querySelectorAll('.sizes a')].map((link) => link.textContent)).toEqual(['1 pending', '0 reported', '1 spam', '0 rejected', '2 all']));
  });

  it('counts a day whose tally fell below zero (a lost increment) as zero, and keeps its bar inside the chart', async () => {
    const stats = [{ day: utcDay(Date.now()), approved: 10, pending: -2, rejected: 21, spam: 0 }];
    renderConsole({ hash: '#/news/activity', stats });
    const chart = await screen.findByRole('img');
    await waitFor(() => expect(chart.querySelector('title')!.textContent).toBe('Comments per day for the last 30 days: 10 approved, 0 held, 21 rejected, 0 spam'));
    const top = Math.min(...[...chart.querySelectorAll('g.tick line')].map((line) => Number(line.getAttribute('y1'))));
    for (const rect of chart.querySelectorAll('rect')) expect(Number(rect.getAttribute('y'))).toBeGreaterThanOrEqual(top);
    expect(screen.getByText('Held (0)', { exact: false })).toBeTruthy();
  });
});
