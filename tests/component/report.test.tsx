import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeComment, renderWidget } from './render-widget.tsx';

async function openReport() {
  fireEvent.click(screen.getByRole('button', { name: 'Report' }));
  return within((await screen.findByRole('group', { name: 'Why are you reporting this comment?' })).closest('form')!);
}

describe('reporting', () => {
  it('sends a report with the chosen reason, then thanks the reader and returns focus to Report', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Buy cheap watches')] });
    const form = await openReport();
    await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText('Spam or advertising')));
    fireEvent.click(form.getByLabelText('Spam or advertising'));
    fireEvent.click(form.getByRole('button', { name: 'Send report' }));
    await screen.findByText('Thank you. A moderator will look at this comment.');
    expect(client.reports).toEqual([{ site: 'test', commentId: 'a', reason: 'spam', details: '' }]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Report' })));
  });

  it('asks for a reason, and for illegal content an explanation, next to the field', async () => {
    const { client } = await renderWidget({ comments: [makeComment('a', 'Something unlawful')] });
    const form = await openReport();
    fireEvent.click(form.getByRole('button', { name: 'Send report' }));
    await form.findByText('Please choose a reason; for illegal content, also say why.');
    fireEvent.click(form.getByLabelText('Illegal content'));
    fireEvent.click(form.getByRole('button', { name: 'Send report' }));
    const message = await form.findByText('Please say what is illegal about this comment.');
    const details = form.getByLabelText('Details');
    expect(details.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(details));
    fireEvent.input(details, { target: { value: 'It shares private medical records.' } });
    fireEvent.click(form.getByRole('button', { name: 'Send report' }));
    await screen.findByText('Thank you. A moderator will look at this comment.');
    expect(client.reports[0]).toMatchObject({ reason: 'illegal', details: 'It shares private medical records.' });
  });

  it('says so when the reader already reported the comment', async () => {
    await renderWidget({ comments: [makeComment('a', 'Twice')] });
    for (let round = 0; round < 2; round++) {
      const form = await openReport();
      fireEvent.click(form.getByLabelText('Off-topic'));
      fireEvent.click(form.getByRole('button', { name: 'Send report' }));
      await waitFor(() => expect(screen.queryByRole('group', { name: 'Why are you reporting this comment?' })).toBeNull());
    }
    expect(screen.getByText('You already reported this comment.')).toBeTruthy();
  });

  it("is not offered on the reader's own comments", async () => {
    localStorage.setItem('parley:uid', 'me');
    await renderWidget({ comments: [makeComment('a', 'Mine', { author: { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest', badges: [] } })] });
    expect(screen.queryByRole('button', { name: 'Report' })).toBeNull();
  });
});
