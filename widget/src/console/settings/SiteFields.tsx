import type { Provider, Theme } from '../../../../core/src/types.ts';
import { PROVIDER_LABELS } from '../messages.ts';
import { Field } from '../ui/Field.tsx';
import type { SettingsModel } from './settings-model.ts';

const PROVIDERS = Object.keys(PROVIDER_LABELS) as Provider[];
const THEMES: Array<[Theme, string]> = [
  ['auto', 'Follow the page'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** The site's name, how readers may sign in, where it may be embedded, and the widget's defaults. */
export function SiteFields({ model }: { model: SettingsModel }) {
  const form = model.form.value!;
  const errors = model.errors.value;
  const toggle = (provider: Provider, on: boolean) =>
    model.edit({ providers: PROVIDERS.filter((item) => (item === provider ? on : form.providers.includes(item))) });
  return (
    <>
      <fieldset class="section">
        <legend>Sign-in for readers</legend>
        <div class="checks" aria-describedby={errors.providers ? 'providers-error' : undefined}>
          {PROVIDERS.map((provider) => (
            <label key={provider} class="inline">
              <input type="checkbox" checked={form.providers.includes(provider)} onChange={(event) => toggle(provider, event.currentTarget.checked)} />{' '}
              {PROVIDER_LABELS[provider]}
            </label>
          ))}
        </div>
        {errors.providers && (
          <p id="providers-error" class="error">
            {errors.providers}
          </p>
        )}
        <p class="hint muted">Social providers must also be enabled in the Firebase console's Authentication settings.</p>
      </fieldset>
      <fieldset class="section">
        <legend>Site and embedding</legend>
        <div class="grid-2">
          <Field id="site-name" label="Site name" value={form.name} onInput={(name) => model.edit({ name })} />
          <Field
            id="origins"
            label="Allowed origins"
            multiline
            value={form.origins}
            error={errors.origins}
            hint="One per line, like https://news.example.com. Empty: any page may embed the threads."
            onInput={(origins) => model.edit({ origins })}
          />
          <Field
            id="locale"
            label="Default language"
            value={form.locale}
            error={errors.locale}
            hint="A language tag: en, de, pt-BR…"
            onInput={(locale) => model.edit({ locale })}
          />
          <div class="field">
            <label for="theme">Default theme</label>
            <select id="theme" value={form.theme} onChange={(event) => model.edit({ theme: event.currentTarget.value as Theme })}>
              {THEMES.map(([theme, label]) => (
                <option key={theme} value={theme}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </>
  );
}
