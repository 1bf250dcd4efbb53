import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ModeratorClient, SiteConfig } from '../../client/moderator/client.ts';
import { ParleyError } from '../../client/parley-error.ts';
import { changesFrom, formFromConfig, type FormField, type SettingsForm } from './settings-form.ts';

/** Whether the site has an SSO secret (clients never read the secret itself), and since when (ms). */
export interface SsoStatus {
  configured: boolean;
  rotatedAt: number | null;
}

/** Where saving stands. */
export type SaveState = 'idle' | 'saving' | 'saved';

/** A site's settings being edited by an owner, and its SSO secret. */
export interface SettingsModel {
  /** null until the configuration has loaded. */
  readonly form: ReadonlySignal<SettingsForm | null>;
  readonly dirty: ReadonlySignal<boolean>;
  readonly errors: ReadonlySignal<Partial<Record<FormField, string>>>;
  readonly saveState: ReadonlySignal<SaveState>;
  readonly saveError: ReadonlySignal<ParleyError | null>;
  readonly loadError: ReadonlySignal<ParleyError | null>;
  /** null until the configuration has loaded. */
  readonly sso: ReadonlySignal<SsoStatus | null>;
  /** The new SSO secret, shown once until the page is left. */
  readonly secret: ReadonlySignal<string | null>;
  readonly rotating: ReadonlySignal<boolean>;
  readonly secretError: ReadonlySignal<ParleyError | null>;
  edit(change: Partial<SettingsForm>): void;
  reset(): void;
  save(): Promise<void>;
  rotateSecret(): Promise<void>;
  dispose(): void;
}

/** Creates the settings model of one site. */
export function createSettingsModel(client: ModeratorClient, siteId: string): SettingsModel {
  const stored = signal<SettingsForm | null>(null);
  const draft = signal<SettingsForm | null>(null);
  const errors = signal<Partial<Record<FormField, string>>>({});
  const saveState = signal<SaveState>('idle');
  const saveError = signal<ParleyError | null>(null);
  const loadError = signal<ParleyError | null>(null);
  const sso = signal<SsoStatus | null>(null);
  const secret = signal<string | null>(null);
  const rotating = signal(false);
  const secretError = signal<ParleyError | null>(null);
  const dirty = computed(() => !!draft.value && !!stored.value && Object.keys(changesFrom(stored.value, draft.value).changes).length > 0);

  const stop = client.watchSite(
    siteId,
    (config: SiteConfig) =>
      batch(() => {
        const wasDirty = dirty.peek();
        stored.value = formFromConfig(config);
        sso.value = { configured: !!config.settings?.ssoConfigured, rotatedAt: config.settings?.ssoRotatedAt ?? null };
        // Someone else's save shows at once unless it would overwrite what is being typed.
        if (!wasDirty) draft.value = stored.value;
      }),
    (error) => {
      loadError.value = error;
    },
  );

  return {
    form: draft,
    dirty,
    errors,
    saveState,
    saveError,
    loadError,
    sso,
    secret,
    rotating,
    secretError,
    edit(change) {
      if (!draft.value) return;
      batch(() => {
        draft.value = { ...draft.value!, ...change };
        saveState.value = 'idle';
      });
    },
    reset() {
      batch(() => {
        draft.value = stored.value;
        errors.value = {};
        saveError.value = null;
      });
    },
    async save() {
      if (!draft.value || !stored.value) return;
      const { changes, errors: wrong } = changesFrom(stored.value, draft.value);
      errors.value = wrong;
      if (Object.keys(wrong).length > 0 || Object.keys(changes).length === 0) return;
      batch(() => {
        saveState.value = 'saving';
        saveError.value = null;
      });
      try {
        await client.updateSite(siteId, changes);
        // The listener brings the stored values; until then the draft is what was saved.
        batch(() => {
          stored.value = draft.value;
          saveState.value = 'saved';
        });
      } catch (error) {
        batch(() => {
          saveError.value = ParleyError.from(error);
          saveState.value = 'idle';
        });
      }
    },
    async rotateSecret() {
      batch(() => {
        rotating.value = true;
        secretError.value = null;
      });
      try {
        secret.value = await client.rotateSsoSecret(siteId);
      } catch (error) {
        secretError.value = ParleyError.from(error);
      } finally {
        rotating.value = false;
      }
    },
    dispose: stop,
  };
}
