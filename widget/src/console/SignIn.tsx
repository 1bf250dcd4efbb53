import { useState } from 'preact/hooks';
import type { ConsoleModel } from './console-model.ts';

/** Email and password sign-in for moderators. */
export function SignIn({ model }: { model: ConsoleModel }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const error = model.error.value;
  return (
    <main class="signin">
      <h1>Parley moderation</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void model.signIn(email, password);
        }}
      >
        <label for="signin-email">Email</label>
        <input id="signin-email" type="email" autoComplete="username" value={email} onInput={(event) => setEmail(event.currentTarget.value)} required />
        <label for="signin-password">Password</label>
        <input
          id="signin-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
          required
        />
        {error && (
          <p class="error" role="alert">
            Sign-in failed. Check the email and password.
          </p>
        )}
        <button type="submit" class="primary">
          Sign in
        </button>
      </form>
    </main>
  );
}
