import { useEffect } from 'preact/hooks';
import type { ModeratorClient } from '../../client/moderator/client.ts';
import { errorMessage } from '../messages.ts';
import type { ShellModel } from '../shell/shell-model.ts';
import { useModel } from '../use-model.ts';
import { LimitsFields } from './LimitsFields.tsx';
import { ModerationFields } from './ModerationFields.tsx';
import { createSettingsModel } from './settings-model.ts';
import { SiteFields } from './SiteFields.tsx';
import { SsoSecret } from './SsoSecret.tsx';

/** The site's settings (owners). Changes apply to the next comment once saved. */
export function SettingsPage({ client, siteId, shell }: { client: ModeratorClient; siteId: string; shell: Pick<ShellModel, 'guardLeave'> }) {
  const model = useModel(() => createSettingsModel(client, siteId), [client, siteId]);
  useEffect(() => {
    document.title = `Settings · ${siteId} · Parley moderation`;
  }, [siteId]);
  useEffect(() => {
    // Unsaved changes (or a secret shown once) are not lost to another page, a reload or a closed tab without asking.
    const unsaved = () =>
      model.dirty.peek()
        ? 'Leave the settings? Your unsaved changes will be lost.'
        : model.secret.peek()
          ? 'Leave the settings? The new SSO secret will not be shown again: copy it first.'
          : null;
    const stopGuard = shell.guardLeave(unsaved);
    const onLeave = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      // Older Safari and Chrome ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onLeave);
    return () => {
      stopGuard();
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [model, shell]);
  const form = model.form.value;
  const loadError = model.loadError.value;
  const saveError = model.saveError.value;
  const state = model.saveState.value;
  const wrong = Object.keys(model.errors.value).length > 0;
  if (!form) {
    return loadError ? (
      <p class="notice error" role="alert">
        The settings could not be loaded: {errorMessage(loadError.code)}
      </p>
    ) : (
      <p>Loading…</p>
    );
  }
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <form
        class="settings"
        onSubmit={(event) => {
          event.preventDefault();
          void model.save();
        }}
      >
        <ModerationFields model={model} />
        <SiteFields model={model} />
        <LimitsFields model={model} />
        <div class="save-bar">
          <button type="submit" class="primary" aria-disabled={state === 'saving' || !model.dirty.value}>
            {state === 'saving' ? 'Saving…' : 'Save changes'}
          </button>
          <button type="button" class="secondary" disabled={!model.dirty.value} onClick={model.reset}>
            Discard
          </button>
          <span role="status" aria-live="polite">
            {state === 'saved' && !model.dirty.value ? 'Saved. The next comment follows these settings.' : model.dirty.value ? 'Unsaved changes.' : ''}
          </span>
          {wrong && (
            <p class="error" role="alert">
              Some fields need fixing before saving.
            </p>
          )}
          {saveError && (
            <p class="error" role="alert">
              Nothing was saved: {errorMessage(saveError.code)}
            </p>
          )}
        </div>
      </form>
      <SsoSecret model={model} />
    </section>
  );
}
