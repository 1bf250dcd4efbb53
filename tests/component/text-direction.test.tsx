import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeComment, renderWidget } from './render-widget.tsx';

const me = { uid: 'me', name: 'Rosa', avatar: null, provider: 'guest' as const, badges: [] };

/** Types `text` into a text box (by id) and waits for its direction to become `expected`. */
async function expectDirAfter(id: string, text: string, expected: string) {
  const box = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  fireEvent.input(box, { target: { value: text } });
  // Signal-bound attributes are written with the next frame.
  await waitFor(() => expect(box.getAttribute('dir')).toBe(expected));
}

describe("text boxes take their text's direction, and the widget's while empty", () => {
  beforeEach(() => localStorage.setItem('parley:uid', 'me'));

  it.each([
    ['ar', 'rtl', 'Hello, from an English reader.'],
    ['en', 'ltr', 'مرحبا، من قارئ عربي.'],
  ])('in %s: empty boxes are %s, and typed text decides its own', async (locale, widgetDir, typed) => {
    await renderWidget({ locale, preload: false });
    // The first-paint box, before the composer's code is in.
    expect(document.getElementById('parley-body')?.getAttribute('dir')).toBe(widgetDir);
    await expectDirAfter('parley-body', typed, 'auto');
    await expectDirAfter('parley-body', '  ', widgetDir);
  });

  it.each([
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ])('in %s: the composer, the guest name and the edit box do the same', async (locale, widgetDir) => {
    await renderWidget({ locale, comments: [makeComment('a', 'Mine', { author: me, createdAt: Date.now() })] });
    fireEvent.focus(document.getElementById('parley-body')!);
    expect(document.getElementById('parley-body')?.getAttribute('dir')).toBe(widgetDir);
    await expectDirAfter('parley-body', 'مرحبا', 'auto');
    expect(document.getElementById('parley-name')?.getAttribute('dir')).toBe(widgetDir);
    await expectDirAfter('parley-name', 'Rosa', 'auto');
    fireEvent.click(document.getElementById('edit-a')!);
    await waitFor(() => expect((document.getElementById('edit-a-body') as HTMLTextAreaElement | null)?.value).toBe('Mine'));
    expect(document.getElementById('edit-a-body')?.getAttribute('dir')).toBe('auto');
    await expectDirAfter('edit-a-body', '', widgetDir);
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('in ar: email and website boxes read left to right, empty or not', async () => {
    await renderWidget({ locale: 'ar' });
    fireEvent.focus(document.getElementById('parley-body')!);
    await waitFor(() => expect(document.getElementById('parley-email')).not.toBeNull());
    for (const id of ['parley-email', 'parley-website']) {
      expect(document.getElementById(id)?.getAttribute('dir'), id).toBe('ltr');
      await expectDirAfter(id, 'ann@example.com', 'ltr');
    }
  });
});
