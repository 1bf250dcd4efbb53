import { useState } from 'preact/hooks';
import { errorMessage } from '../messages.ts';
import type { SettingsModel } from './settings-model.ts';

const DATE = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Creates or rotates the site's SSO secret; the new secret is shown this once. */
export function SsoSecret({ model }: { model: SettingsModel }) {
  const [confirming, setConfirming] = useState(false);
  const secret = model.secret.value;
  const error = model.secretError.value;
  const sso = model.sso.value;
  const configured = !!sso?.configured;
  const create = () => {
    setConfirming(false);
    void model.rotateSecret();
  };
  return (
    <fieldset class="section">
      <legend>Single sign-on secret</legend>
      <p class="hint muted">
        Your site signs its readers' identities with this secret (HMAC-SHA256); only your server should know it. Parley never shows it again
        after it is created.
      </p>
      <p class="sso-status">
        {configured
          ? `A secret is set${sso?.rotatedAt ? `, created ${DATE.format(sso.rotatedAt)}` : ''}.`
          : 'No secret yet: "Sign in with your site" cannot work until you create one.'}
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
          <span>The current secret stops working immediately: logins your site signs with it are refused.</span>
          <button type="button" class="primary danger" onClick={create}>
            Replace the secret
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="secondary"
          aria-disabled={model.rotating.value}
          // Replacing a secret breaks the site's logins until its server has the new one: confirm first. A first secret breaks nothing.
          onClick={() => !model.rotating.value && (configured ? setConfirming(true) : create())}
        >
          {model.rotating.value ? 'Creating…' : configured ? 'Rotate the secret' : 'Create a secret'}
        </button>
      )}
    </fieldset>
  );
}
