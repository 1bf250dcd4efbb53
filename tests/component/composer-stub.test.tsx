import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { I18n } from '../../widget/src/app/i18n-context.ts';
import { ComposerStub } from '../../widget/src/composer/ComposerStub.tsx';
import { createDrafts } from '../../widget/src/composer/draft.ts';
import en from '../../widget/src/i18n/en.ts';
import { createTranslator } from '../../widget/src/i18n/translator.ts';

describe('the first-paint composer', () => {
  it('keeps the text in its box when the full composer takes its place, even text not yet seen as input', () => {
    const draft = createDrafts('site', 'thread')(null);
    const { container, unmount } = render(
      <I18n.Provider value={createTranslator('en', en)}>
        <ComposerStub draft={draft} id="stub" label="Your comment" />
      </I18n.Provider>,
    );
    const box = container.querySelector('textarea')!;
    box.value = 'pasted at the moment of the swap';
    unmount();
    expect(draft.text.value).toBe('pasted at the moment of the swap');
    expect(localStorage.getItem('parley:draft:site:thread:top')).toBe('pasted at the moment of the swap');
  });
});
