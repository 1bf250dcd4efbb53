import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '../../../widget/src/client/moderator-client.ts';
import { renderConsole } from './render-console.tsx';

const at = (day: string) => Date.parse(`${day}T12:00:00`);
const record = (id: string, extra: Partial<ActionRecord>): ActionRecord => ({
  id,
  by: 'mod-1',
  byName: 'Sam',
  action: 'approve',
  commentId: `comment-${id}`,
  revision: 1,
  targetUid: 'u1',
  reason: '',
  at: at('2026-11-20'),
  ...extra,
});

const actions = [
  record('1', { action: 'reject', reason: 'Off-topic', at: at('2026-11-18') }),
  record('2', { by: null, byName: 'system', action: 'spam', reason: 'classified as spam', at: at('2026-11-19') }),
  record('3', { by: 'kim', byName: 'Kim', action: 'approve', at: at('2026-11-20') }),
  record('4', { by: 'kim', byName: 'Kim', action: 'ban', commentId: null, reason: 'Ads', at: at('2026-11-21') }),
];

const rows = () => screen.getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));

describe('the action log', () => {
  it('lists every decision newest first with who, what and why', async () => {
    renderConsole({ hash: '#/news/log', actions });
    await screen.findByText('Ads');
    expect(rows().map((cells) => cells.slice(1, 3).concat(cells[4]!))).toEqual([
      ['Kim', 'Banned', 'Ads'],
      ['Kim', 'Approved', '—'],
      ['System', 'Marked as spam', 'classified as spam'],
      ['Sam', 'Rejected', 'Off-topic'],
    ]);
  });

  it('filters by moderator, by action and by date', async () => {
    renderConsole({ hash: '#/news/log', actions });
    await screen.findByText('Ads');
    fireEvent.change(screen.getByLabelText('Moderator'), { target: { value: 'kim' } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'ban' } });
    await waitFor(() => expect(rows().map((cells) => cells[4])).toEqual(['Ads']));
    fireEvent.change(screen.getByLabelText('Moderator'), { target: { value: 'system' } });
    await screen.findByText('No decisions match these filters.');
    fireEvent.change(screen.getByLabelText('Moderator'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-19' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-20' } });
    await waitFor(() => expect(rows().map((cells) => cells[2])).toEqual(['Approved', 'Marked as spam']));
  });
});
