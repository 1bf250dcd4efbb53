import type { SiteDoc } from '../../../core/src/docs.ts';
import type { PublicSite } from '../../../core/src/types.ts';
import { DEFAULT_MAX_LENGTH } from '../../../core/src/validation.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';

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
  const snap = await col.sites().doc(siteId).get();
  if (!snap.exists) refuse('site-not-found');
  return { ...SITE_DEFAULTS, ...snap.data() };
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
