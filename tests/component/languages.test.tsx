import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryClient } from '../../widget/src/client/memory/reader-memory.ts';
import ar from '../../widget/src/i18n/ar.ts';
import { mountWidget } from './mount-widget.tsx';
import { makeComment, renderWidget } from './render-widget.tsx';

const many = (count: number) => Array.from({ length: count }, (_, index) => makeComment(`c${index}`, `Comment ${index}`));

afterEach(() => document.body.replaceChildren());

describe('languages', () => {
  it.each([
    ['ru', 1, '1 комментарий'],
    ['ru', 3, '3 комментария'],
    ['ru', 5, '5 комментариев'],
    ['ru', 21, '21 комментарий'],
    ['de', 1, '1 Kommentar'],
    ['de', 2, '2 Kommentare'],
    ['es', 1, '1 comentario'],
    ['es', 7, '7 comentarios'],
    ['en-GB', 1, '1 comment'],
    ['fr', 2, '2 comments'],
  ])('in %s counts %i as "%s" (plural rules of the language)', async (locale, count, heading) => {
    await renderWidget({ locale, comments: many(count) });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(heading);
  });

  it('writes relative times in the language', async () => {
    await renderWidget({ locale: 'ru', comments: [makeComment('a', 'Привет', { createdAt: Date.now() - 2 * 3600_000 })] });
    expect(screen.getByRole('article').querySelector('time')!.textContent).toBe('2 часа назад');
  });

  it('loads the language’s writing messages with the composer', async () => {
    await renderWidget({ locale: 'de' });
    fireEvent.focus(screen.getByLabelText('Ihr Kommentar'));
    expect(await screen.findByRole('button', { name: 'Kommentar senden' })).toBeTruthy();
    expect(screen.getByLabelText('E-Mail')).toBeTruthy();
  });

  it('lays Arabic out right to left with Arabic plurals, each comment in its own direction', async () => {
    const { host, root } = mountWidget(createMemoryClient({ comments: many(2) }), { locale: 'ar' }, ar);
    const ui = within(root as unknown as HTMLElement);
    await waitFor(() => expect(ui.getByRole('heading', { level: 2 }).textContent).toBe('تعليقان'));
    expect(host.getAttribute('dir')).toBe('rtl');
    expect(host.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('.body')!.getAttribute('dir')).toBe('auto');
    expect(ui.getAllByRole('button', { name: 'رد' })).toHaveLength(2);
  });
});
