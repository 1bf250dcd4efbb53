import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderWidget } from './render-widget.tsx';

describe('the Markdown help', () => {
  it('opens a short reference from a button and closes with Escape', async () => {
    await renderWidget();
    fireEvent.focus(screen.getByLabelText('Your comment'));
    const toggle = screen.getByRole('button', { name: 'Formatting help' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const help = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(help.hidden).toBe(false);
    expect(within(help).getByText('**bold**')).toBeTruthy();
    expect(within(help).getByText('[link](https://…)')).toBeTruthy();
    fireEvent.keyDown(help, { key: 'Escape' });
    expect(help.hidden).toBe(true);
  });
});
