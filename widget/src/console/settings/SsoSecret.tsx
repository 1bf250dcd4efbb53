import { useState } from 'preact/hooks';
import { errorMessage } from '../messages.ts';
import type { SettingsModel } from './settings-model.ts';

/** Creates or rotates the site's SSO secret; the new secret is shown this once. */
export function SsoSecret({ model }: { model: SettingsModel }) {
  const [confirming, setConfirming] = useState(false);
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
      {confirming ? (
        <div class="row" role="group" aria-label="Confirm the new secret">
          <span>The current secret stops working immediately.</span>
          <button
            type="button"
            class="primary danger"
            onClick={() => {
              setConfirming(false);
              void model.rotateSecret();
            }}
          >
            Replace the secret
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="secondary" aria-disabled={model.rotating.value} onClick={() => !model.rotating.value && setConfirming(true)}>
          {model.rotating.value ? 'Creating…' : 'Create a new secret'}
        </button>
      )}
    </fieldset>
  );
}
