/**
 * The demo publisher's login: asks the emulator-only `demoPublisher` function (the stand-in for a
 * publisher's backend, which holds the site's SSO secret) for a token for the member, and returns
 * to the article with it in the fragment, where sso-handoff.ts gives it to `Parley.sso`.
 */
declare const __PARLEY_FIREBASE__: { options: { projectId: string }; region: string; emulators: { functions: { host: string; port: number } } | null };

const form = document.querySelector<HTMLFormElement>('#login')!;
const statusLine = document.querySelector<HTMLElement>('#login-status')!;

/** Where to go back to: the `return` address when it is on this site, else the front page. */
function returnTo(): URL {
  const back = new URLSearchParams(location.search).get('return');
  const url = back ? new URL(back, location.href) : null;
  return url && url.origin === location.origin ? url : new URL('/', location.href);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const emulators = __PARLEY_FIREBASE__.emulators;
  if (!emulators) {
    statusLine.textContent = 'This demo login works only on the local emulators (npm start).';
    return;
  }
  const data = new FormData(form);
  const endpoint = new URL(`http://${emulators.functions.host}:${emulators.functions.port}/${__PARLEY_FIREBASE__.options.projectId}/${__PARLEY_FIREBASE__.region}/demoPublisher`);
  endpoint.searchParams.set('site', 'demo');
  endpoint.searchParams.set('id', String(data.get('id') ?? ''));
  endpoint.searchParams.set('name', String(data.get('name') ?? ''));
  statusLine.textContent = 'Logging in…';
  try {
    const response = await fetch(endpoint);
    const { token } = (await response.json()) as { token?: string };
    if (!token) throw new Error(`no token (${response.status})`);
    const back = returnTo();
    back.hash = `parley-sso=${token}`;
    location.assign(back.href);
  } catch (error) {
    statusLine.textContent = `The login failed: ${(error as Error).message}. Is the emulator running?`;
  }
});
