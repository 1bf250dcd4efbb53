import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '../../../widget/src/client/moderator/client.ts';
import { queued, renderConsole } from './render-console.tsx';

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

  it('names the actions in the action filter as the rows of the log do', async () => {
    renderConsole({ hash: '#/news/log', actions });
    await screen.findByText('Ads');
    const options = [...(screen.getByLabelText('Action') as HTMLSelectElement).options].map((option) => [option.value, option.textContent]);
    expect(options).toEqual(expect.arrayContaining([['', 'Any'], ['approve', 'Approved'], ['spam', 'Marked as spam'], ['ban', 'Banned']]));
  });

  it('pages back through a long log, newest first, and starts again from the top when a filter changes', async () => {
    const many = Array.from({ length: 230 }, (_, index) => record(`m${index}`, { reason: `Decision ${index}`, at: at('2026-11-01') + index * 60_000 }));
    renderConsole({ hash: '#/news/log', actions: many });
    await screen.findByText('Decision 229');
    expect(rows()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show older decisions' }));
    await waitFor(() => expect(rows()).toHaveLength(200));
    fireEvent.click(screen.getByRole('button', { name: 'Show older decisions' }));
    await waitFor(() => expect(rows()).toHaveLength(230));
    expect(rows().at(-1)![4]).toBe('Decision 0');
    expect(screen.queryByRole('button', { name: 'Show older decisions' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'approve' } });
    await waitFor(() => expect(rows()).toHaveLength(100));
  });

  it("offers an owner every moderator of the site in the filter, even one with no decision yet", async () => {
    renderConsole({
      hash: '#/news/log',
      actions,
      roles: [{ uid: 'new-mod', email: 'new@news.test', role: 'moderator', grantedBy: 'owner', at: at('2026-11-22') }],
    });
    await screen.findByText('Ads');
    const options = [...(screen.getByLabelText('Moderator') as HTMLSelectElement).options].map((option) => option.textContent);
    expect(options).toEqual(['Everyone', 'The system (automatic)', 'Kim', 'new@news.test', 'Sam']);
  });

  it("names what each decision was about: the comment's author and opening words, or the banned user", async () => {
    renderConsole({
      hash: '#/news/log',
      actions: [record('c', { commentId: 'talk-1', targetUid: 'u-talk' }), record('u', { action: 'ban', commentId: null, targetUid: 'u-ban', reason: 'Ads', at: at('2026-11-21') })],
      comments: [queued('talk-1', `Whoever planned this timetable never takes the 6:40 ${'and more words '.repeat(10)}`, { status: 'approved' })],
      users: [{ uid: 'u-ban', name: 'Link Farmer', provider: 'guest', joinedAt: at('2026-11-01'), counts: { approved: 0, pending: 0, rejected: 0, spam: 3 }, trusted: false, ban: null }],
    });
    await screen.findByText('Ads');
    await waitFor(() => expect(rows()[1]![3]).toMatch(/^comment by Author talk-1 talk-1.*Whoever planned this timetable never takes the 6:40 and more words/));
    expect(rows()[1]![3]!.endsWith('…')).toBe(true);
    await waitFor(() => expect(rows()[0]![3]).toBe('Link Farmer u-ban'));
  });
});
