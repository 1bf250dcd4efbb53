import { errorMessage } from '../messages.ts';
import type { SettingsModel } from './settings-model.ts';

/** Creates or rotates the site's SSO secret; the new secret is shown this once. */
export function SsoSecret({ model }: { model: SettingsModel }) {
  const secret = model.secret.value;
  const error = model.secretError.value;
  return (
    <fieldset class="section">
      <legend>Single sign-on secret</legend>
      <p class="hint muted">
        Your site signs its readers' identities with this secret (HMAC-SHA256). Creating a new one replaces the old at once: logins signed with
        the old secret stop working.
      </p>
      {secret ? (
        <div class="secret">
          <label for="sso-secret">New secret (shown only now: copy it to your site's server configuration)</label>
          <input id="sso-secret" type="text" readOnly value={secret} onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
      {error && (
        <p class="error" role="alert">
          The secret was not changed: {errorMessage(error.code)}
        </p>
      )}
      <button
        type="button"
        class="secondary"
        aria-disabled={model.rotating.value}
        onClick={() => {
          if (model.rotating.value) return;
          if (confirm('Create a new SSO secret? The current one stops working immediately.')) void model.rotateSecret();
        }}
      >
        {model.rotating.value ? 'Creating…' : 'Create a new secret'}
      </button>
    </fieldset>
  );
}
