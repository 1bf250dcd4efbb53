import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../widget/src/app/App.tsx';
import { createWidget } from '../../widget/src/app/create-widget.ts';
import { I18n } from '../../widget/src/app/i18n-context.ts';
import { WidgetContext } from '../../widget/src/app/widget-context.ts';
import { createMemoryClient } from '../../widget/src/client/memory/reader-memory.ts';
import { ParleyError } from '../../widget/src/client/parley-error.ts';
import en from '../../widget/src/i18n/en.ts';
import { createTranslator } from '../../widget/src/i18n/translator.ts';
import { makeComment, renderWidget } from './render-widget.tsx';

function renderBare(client = createMemoryClient()) {
  const i18n = createTranslator('en', en);
  const widget = createWidget(client, { api: 'http://test', site: 'test', url: 'https://example.test/a', title: 'A', sort: 'oldest' }, i18n, document);
  render(
    <I18n.Provider value={i18n}>
      <WidgetContext.Provider value={widget}>
        <App />
      </WidgetContext.Provider>
    </I18n.Provider>,
  );
  return { client, widget };
}

describe('thread states', () => {
  it('says it is loading while the snapshot is on its way, and marks the section busy', () => {
    const { widget } = renderBare();
    void widget.thread.load(new Promise(() => {}));
    expect(screen.getByText('Loading comments…').getAttribute('role')).toBe('status');
    expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('true');
  });

  it('explains a failed load and loads again on request', async () => {
    const { widget } = renderBare();
    await widget.thread.load(Promise.reject(new ParleyError('network')));
    expect((await screen.findByRole('alert')).textContent).toContain('Comments could not be loaded.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Be the first to comment.');
  });

  it('keeps focus after "Try again": on the heading once loaded, on the button when it failed again', async () => {
    const { client, widget } = renderBare();
    await widget.thread.load(Promise.reject(new ParleyError('network')));
    client.failNext(new ParleyError('network'), 'loadThread');
    screen.getByRole('button', { name: 'Try again' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' })));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Be the first to comment.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: '0 comments' })));
  });

  it('says when comments are not set up for the site', async () => {
    const { widget } = renderBare();
    await widget.thread.load(Promise.reject(new ParleyError('site-not-found')));
    expect((await screen.findByRole('alert')).textContent).toContain('Comments are not set up for this site.');
  });

  it('shows a closed thread without a composer or reply buttons', async () => {
    await renderWidget({ comments: [makeComment('a', 'Before closing')], thread: { closed: true } });
    expect(screen.getByText('Comments are closed.')).toBeTruthy();
    expect(screen.queryByLabelText('Your comment')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reply' })).toBeNull();
    expect(screen.getByText('Before closing')).toBeTruthy();
  });
});
