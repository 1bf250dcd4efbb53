import type { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { SiteDoc, SiteSecretsDoc, SiteSettingsDoc, SiteUserDoc } from '../../../core/src/docs.ts';
import { col } from '../shared/collections.ts';
import { loadSecrets, loadSettings, loadSite } from '../sites/site-config.ts';

/** A site's configuration and the caller's standing on it: what judging a comment needs. */
export interface SiteContext {
  site: SiteDoc;
  settings: SiteSettingsDoc;
  secrets: SiteSecretsDoc;
  siteUser: SiteUserDoc<Timestamp> | null;
}

/** Loads the site (refusing `site-not-found`), its settings and secrets, and the caller's standing, in parallel. */
export async function loadSiteContext(siteId: string, uid: string): Promise<SiteContext> {
  const [site, settings, secrets, siteUser] = await Promise.all([
    loadSite(siteId),
    loadSettings(siteId),
    loadSecrets(siteId),
    col.siteUser(siteId, uid).get(),
  ]);
  return { site, settings, secrets, siteUser: siteUser.data() ?? null };
}

/** The caller's IP address and user agent, as the callable saw them. */
export function clientOf(request: CallableRequest<unknown>): { ip: string | null; userAgent: string | null } {
  const raw = request.rawRequest;
  return { ip: raw?.ip ?? null, userAgent: raw?.get?.('user-agent')?.slice(0, 300) ?? null };
}
