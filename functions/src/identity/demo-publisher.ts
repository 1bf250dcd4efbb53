import { onRequest, type Request } from 'firebase-functions/https';
import type { Response } from 'express';
import { REGION } from '../shared/app.ts';
import { loadSecrets } from '../sites/site-config.ts';
import { signSsoPayload } from './sso.ts';

/**
 * The demo's stand-in for a publisher's backend: signs an SSO payload for whoever "logs in" on
 * demo/publisher-login.html, with the demo site's secret. Exported only when running in the
 * emulator, so a deployment never carries it (see index.ts).
 */
export async function handleDemoPublisher(request: Request, response: Response): Promise<void> {
  const site = String(request.query.site ?? 'demo');
  const id = String(request.query.id ?? '').slice(0, 100);
  const name = String(request.query.name ?? '').trim().slice(0, 50);
  const secret = (await loadSecrets(site).catch(() => ({ ssoSecret: undefined }))).ssoSecret;
  if (!id || !name || !secret) {
    response.status(400).json({ error: 'id, name and a site with an SSO secret are needed' });
    return;
  }
  const exp = Math.floor(Date.now() / 1000) + 5 * 60;
  response.set('Cache-Control', 'no-store');
  response.json({ token: signSsoPayload({ id, name, exp, email: `${id}@publisher.example` }, secret) });
}

/** The HTTP function (emulator only); the demo login page calls it from the Hosting origin, hence CORS. */
export const demoPublisherFn = onRequest({ region: REGION, cors: true }, handleDemoPublisher);
