import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { manyPending, renderConsole } from './render-console.tsx';

describe('bulk decisions', () => {
  it('approves every comment on the page in one request', async () => {
    const { client } = renderConsole({ comments: manyPending(50) });
    await screen.findByText('Held comment number 50');
    fireEvent.click(screen.getByLabelText('Select all on this page'));
    expect(screen.getByText('50 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Approve 50' }));
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    await waitFor(() => expect(client.calls).toHaveLength(1));
    expect(client.calls[0]!.data.ids).toHaveLength(50);
    expect([...client.comments.values()].every((item) => item.status === 'approved')).toBe(true);
  });

  it('shows 50 at first and up to 100 after "Show more", and never selects more than 100', async () => {
    const { client } = renderConsole({ comments: manyPending(130) });
    await screen.findByText('Held comment number 130');
    expect(screen.getAllByRole('article')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(100));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Select all on this page'));
    fireEvent.click(screen.getByRole('button', { name: 'Spam 100' }));
    await waitFor(() => expect(client.calls).toHaveLength(1));
    expect(client.calls[0]!.data).toMatchObject({ action: 'spam' });
    expect(client.calls[0]!.data.ids).toHaveLength(100);
  }, 60_000); // 100 rendered comments: about 2.5 s alone, over 20 s on a heavily loaded 2-core machine

  it('clears the selection with a second click on "select all"', async () => {
    renderConsole({ comments: manyPending(3) });
    await screen.findByText('Held comment number 3');
    const all = screen.getByLabelText('Select all on this page');
    fireEvent.click(all);
    expect(screen.getByText('3 selected')).toBeTruthy();
    fireEvent.click(all);
    expect(screen.getByText('3 shown')).toBeTruthy();
  });

  it('does not call a queue clear while a decided page waits for the next comments', async () => {
    renderConsole({ comments: manyPending(60), undoMs: 300 });
    await screen.findByText('Held comment number 60');
    fireEvent.click(screen.getByLabelText('Select all on this page'));
    fireEvent.click(screen.getByRole('button', { name: 'Approve 50' }));
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('Loading the next comments…')).toBeTruthy();
    expect(screen.queryByText(/All clear/)).toBeNull();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(10));
  });

  it('says all clear once the last page is decided', async () => {
    renderConsole({ comments: manyPending(3), undoMs: 300 });
    await screen.findByText('Held comment number 3');
    fireEvent.click(screen.getByLabelText('Select all on this page'));
    fireEvent.click(screen.getByRole('button', { name: 'Approve 3' }));
    expect(screen.getByText('Nothing in pending. All clear.')).toBeTruthy();
  });
});
