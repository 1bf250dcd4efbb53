import { useComputed } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { textDir } from '../i18n/text-dir.ts';
import type { Draft } from './draft.ts';

interface ComposerStubProps {
  draft: Draft;
  /** The textarea's id (the full composer's, so labels and tests find the same field). */
  id: string;
  label: string;
  hideLabel?: boolean;
  autoFocus?: boolean;
  onFocus?: () => void;
  onBlur?: () => void;
}

/**
 * The composer as the first paint draws it, before its code arrives: the same label and textarea,
 * already saving what is typed to the draft, so nothing moves or is lost when the full composer
 * takes its place.
 */
export function ComposerStub({ draft, id, label, hideLabel, autoFocus, onFocus, onBlur }: ComposerStubProps) {
  const i18n = useI18n();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const dir = useComputed(() => textDir(draft.text.value, i18n.dir));
  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);
  // When the full composer takes over, keep whatever the box holds, even text whose input event
  // had not been handled yet (a paste or an autofill at the moment of the swap).
  useEffect(() => {
    const box = textarea.current;
    return () => {
      if (box && box.value !== draft.text.value) draft.set(box.value);
    };
  }, [draft]);
  return (
    <div class="composer">
      <label for={id} class={hideLabel ? 'sr-only' : 'composer-label'}>
        {label}
      </label>
      <textarea
        ref={textarea}
        id={id}
        rows={hideLabel ? 3 : 2}
        placeholder={i18n.t('composer.placeholder')}
        value={draft.text}
        dir={dir}
        onInput={(event) => draft.set(event.currentTarget.value)}
        onFocus={onFocus}
        onBlur={onBlur}
      />
    </div>
  );
}
