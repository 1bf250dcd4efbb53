import type { SiteDoc, SiteSecretsDoc, SiteSettingsDoc } from '../../../core/src/docs.ts';
import type { PublicSite } from '../../../core/src/types.ts';
import { DEFAULT_MAX_LENGTH } from '../../../core/src/validation.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { reservationsOf } from './reserved-names.ts';

/** Settings a site gets when its document leaves them out. */
export const SITE_DEFAULTS: SiteDoc = {
  name: '',
  locale: 'en',
  theme: 'auto',
  providers: ['guest'],
  moderation: 'post',
  editWindowSec: 15 * 60,
  maxLength: DEFAULT_MAX_LENGTH,
  origins: [],
};

/** Loads a site's public configuration with defaults filled in; refuses with `site-not-found`. */
export async function loadSite(siteId: string): Promise<SiteDoc> {
  return (await findSite(siteId)) ?? refuse('site-not-found');
}

/** A site's public configuration with defaults filled in, or null when there is no such site. */
export async function findSite(siteId: string): Promise<SiteDoc | null> {
  const snap = await col.sites().doc(siteId).get();
  return snap.exists ? { ...SITE_DEFAULTS, ...snap.data() } : null;
}

/** The part of a site's configuration the widget receives. */
export function publicSite(id: string, site: SiteDoc): PublicSite {
  return {
    id,
    name: site.name,
    locale: site.locale,
    theme: site.theme,
    providers: site.providers,
    moderation: site.moderation,
    editWindowSec: site.editWindowSec,
    maxLength: site.maxLength,
  };
}

/** Moderation settings a site gets when its settings document leaves them out. */
export const SETTINGS_DEFAULTS: SiteSettingsDoc = {
  bannedWords: [],
  suspectWords: [],
  linkLimit: 2,
  reportThreshold: 3,
  rateLimits: { userPerMinute: 5, userPerHour: 30, ipPerMinute: 10, ipPerHour: 60, threadPerMinute: 120 },
  accountDeletion: 'anonymise',
  reservedNames: {},
};

/** Loads a site's private moderation settings with defaults filled in. */
export async function loadSettings(siteId: string): Promise<SiteSettingsDoc> {
  const stored: Partial<SiteSettingsDoc> = (await col.settings(siteId).get()).data() ?? {};
  return { ...SETTINGS_DEFAULTS, ...stored, rateLimits: { ...SETTINGS_DEFAULTS.rateLimits, ...stored.rateLimits }, reservedNames: reservationsOf(stored) };
}

/** Loads a site's secrets (service keys, SSO secret); empty when none are set. */
export async function loadSecrets(siteId: string): Promise<SiteSecretsDoc> {
  return (await col.secrets(siteId).get()).data() ?? {};
}

/**
 * True when the site names no origins, or the page's origin is one of them, compared as browsers
 * read them (case, default port), with a host and its `www.` form taken as one.
 */
export function onOrigins(url: string, origins: readonly string[]): boolean {
  if (origins.length === 0) return true;
  const originOf = (value: string) => {
    try {
      return new URL(value.trim()).origin.replace('://www.', '://');
    } catch {
      return null;
    }
  };
  const page = originOf(url);
  return page !== null && origins.some((origin) => originOf(origin) === page);
}
