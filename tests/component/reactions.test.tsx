import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

describe('reactions', () => {
  it('shows the counts, and the picker adds the reader’s reaction, then closes and returns focus', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Nice', { reactions: { like: 2 } })] });
    const article = screen.getByRole('article');
    expect(within(article).getByRole('button', { name: 'Like: 2' }).getAttribute('aria-pressed')).toBe('false');
    const react = within(article).getByRole('button', { name: 'React' });
    fireEvent.click(react);
    const picker = await screen.findByRole('group', { name: 'React' });
    await waitFor(() => expect(document.activeElement).toBe(within(picker).getByRole('button', { name: 'Like' })));
    fireEvent.click(within(picker).getByRole('button', { name: 'Love' }));
    await waitFor(() => expect(within(article).getByRole('button', { name: 'Love: 1' }).getAttribute('aria-pressed')).toBe('true'));
    expect(client.calls.find((call) => call.method === 'react')?.args).toEqual(['test', 'a', 'love']);
    await waitFor(() => expect(document.activeElement).toBe(react));
  });

  it('takes the reaction back when the same one is pressed again, and remembers it across a reload', async () => {
    const first = await renderWidget({ comments: [makeComment('a', 'Nice', { reactions: { like: 2 } })] });
    fireEvent.click(screen.getByRole('button', { name: 'Like: 2' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Like: 3' }).getAttribute('aria-pressed')).toBe('true'));
    first.unmount();
    await renderWidget({ comments: [makeComment('a', 'Nice', { reactions: { like: 3 } })] });
    fireEvent.click(screen.getByRole('button', { name: 'Like: 3' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Like: 2' }).getAttribute('aria-pressed')).toBe('false'));
  });

  it('puts the count back and says why when the server refuses', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Nice', { reactions: { like: 2 } })] });
    client.failNext(new ParleyError('user-banned'), 'react');
    fireEvent.click(screen.getByRole('button', { name: 'Like: 2' }));
    await screen.findByText('You cannot comment on this site.');
    expect(screen.getByRole('button', { name: 'Like: 2' }).getAttribute('aria-pressed')).toBe('false');
  });
});
