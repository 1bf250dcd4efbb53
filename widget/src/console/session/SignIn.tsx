import { useState } from 'preact/hooks';
import type { SocialProvider } from '../../client/moderator/client.ts';
import { PROVIDER_LABELS } from '../messages.ts';
import type { SessionModel } from './session-model.ts';
import { SIGN_IN_FAILURES } from './sign-in-messages.ts';

/**
 * Sign-in: one email field, then a password (the seeded demo moderator) or a mailed sign-in link;
 * or a social provider the project enables.
 */
export function SignIn({ session, providers }: { session: SessionModel; providers: readonly SocialProvider[] }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const step = session.linkStep.value;
  const failure = session.failure.value;
  const busy = session.busy.value;
  return (
    <main class="signin">
      <h1>Parley moderation</h1>
      {step === 'sent' ? (
        <p role="status">
          We sent a sign-in link to <strong>{email}</strong>. Open it in this browser to continue.
        </p>
      ) : (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (step === 'needs-email') void session.finishLink(email);
            else void session.signInWithPassword(email, password);
          }}
        >
          {step === 'needs-email' && <p>You opened a sign-in link. Confirm the email address it was sent to.</p>}
          <label for="signin-email">Email</label>
          <input id="signin-email" type="email" autoComplete="username" value={email} onInput={(event) => setEmail(event.currentTarget.value)} required />
          {step !== 'needs-email' && (
            <>
              <label for="signin-password">Password</label>
              <input
                id="signin-password"
                type="password"
                autoComplete="current-password"
                value={password}
                onInput={(event) => setPassword(event.currentTarget.value)}
              />
            </>
          )}
          {failure && (
            <p class="error" role="alert">
              {SIGN_IN_FAILURES[failure]}
            </p>
          )}
          <button type="submit" class="primary" aria-disabled={busy}>
            {step === 'needs-email' ? 'Finish signing in' : 'Sign in'}
          </button>
          {step !== 'needs-email' && (
            <button type="button" class="secondary" aria-disabled={busy} onClick={() => email && void session.sendLink(email)}>
              Email me a link instead
            </button>
          )}
        </form>
      )}
      {providers.length > 0 && step !== 'needs-email' && (
        <div class="providers stack">
          <p class="muted">or</p>
          {providers.map((provider) => (
            <button key={provider} type="button" class="secondary" onClick={() => void session.signInWithProvider(provider)}>
              Continue with {PROVIDER_LABELS[provider]}
            </button>
          ))}
        </div>
      )}
    </main>
  );
}
