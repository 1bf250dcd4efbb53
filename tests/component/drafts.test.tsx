import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import { draftKey } from '../../widget/src/composer/draft.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

const body = () => screen.getByLabelText('Your comment') as HTMLTextAreaElement;
const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('drafts', () => {
  it('keeps the draft across a reload', async () => {
    const first = await renderWidget();
    fill('Your comment', 'Half-written thought');
    first.unmount();
    await renderWidget();
    expect(body().value).toBe('Half-written thought');
  });

  it('keeps the draft when the post fails, and clears it only once the server stored the comment', async () => {
    const first = await renderWidget({ failures: [new ParleyError('rate-limited')] });
    fill('Your comment', 'Worth keeping');
    fill('Name', 'Rosa');
    fill('Email', 'rosa@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('You are commenting very fast. Please wait a moment and try again.');
    expect(localStorage.getItem(draftKey('test', 'https://example.test/article', null))).toBe('Worth keeping');
    first.unmount();
    await renderWidget();
    expect(body().value).toBe('Worth keeping');
  });

  it('keeps a separate draft for each reply', async () => {
    const first = await renderWidget({ comments: [makeComment('a', 'One'), makeComment('b', 'Two')] });
    fireEvent.click(screen.getAllByRole('button', { name: 'Reply' })[0]!);
    fill('Your reply to Author a', 'Answer to a');
    first.unmount();
    await renderWidget({ comments: [makeComment('a', 'One'), makeComment('b', 'Two')] });
    fireEvent.click(screen.getAllByRole('button', { name: 'Reply' })[1]!);
    expect((screen.getByLabelText('Your reply to Author b') as HTMLTextAreaElement).value).toBe('');
    fireEvent.click(screen.getAllByRole('button', { name: 'Reply' })[0]!);
    expect((screen.getByLabelText('Your reply to Author a') as HTMLTextAreaElement).value).toBe('Answer to a');
  });

  it('takes text in the first-paint composer before its code arrives, and keeps text and focus when the full one takes over', async () => {
    const { writer } = await renderWidget({ preload: false });
    expect(writer.features.value).toBeNull();
    fireEvent.focus(body());
    body().focus();
    fill('Your comment', 'Typed early');
    await waitFor(() => expect(writer.features.value).not.toBeNull());
    await screen.findByRole('button', { name: 'Post comment' });
    expect(body().value).toBe('Typed early');
    await waitFor(() => expect(document.activeElement).toBe(body()));
  });
});
