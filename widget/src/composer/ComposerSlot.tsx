import { useRef } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';
import { useWidget } from '../app/widget-context.ts';
import { ComposerStub } from './ComposerStub.tsx';

/**
 * The thread's composer: the first-paint stub until the writing chunk is in, then the full
 * composer, focused if the stub was. Focusing it starts loading what posting needs.
 */
export function ComposerSlot() {
  const i18n = useI18n();
  const { client, thread, view, writer, drafts } = useWidget();
  const focused = useRef(false);
  const features = writer.features.value;
  const label = i18n.t('composer.label');
  const prepare = () => {
    focused.current = true;
    client.prepareToWrite();
    void writer.load();
  };
  if (!features) {
    return <ComposerStub draft={drafts(null)} id="parley-body" label={label} onFocus={prepare} onBlur={() => (focused.current = false)} />;
  }
  return (
    <features.Composer
      composer={features.composer(null)}
      idPrefix="parley"
      label={label}
      collapsible
      autoFocus={focused.current}
      onFocus={() => client.prepareToWrite()}
      onPosted={(stored) => view.reveal(stored.id, thread.nodes.value)}
    />
  );
}
