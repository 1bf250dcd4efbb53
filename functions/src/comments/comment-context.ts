import { isIPv6 } from 'node:net';
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

/**
 * Proxies that append to X-Forwarded-For after the client's address. Google's front end for
 * Cloud Functions and Cloud Run adds "<client>, <load balancer>", so the client is one hop from
 * the end; set PARLEY_TRUSTED_HOPS when more proxies sit in front.
 */
const TRUSTED_HOPS = Number(process.env.PARLEY_TRUSTED_HOPS ?? 1);

/**
 * The caller's IP address, counted from the end of X-Forwarded-For: entries before it can be
 * written by the client (Express's `req.ip` trusts the first one, so it is not used), then the
 * socket's peer when no proxy forwarded the request.
 */
export function clientIp(raw: CallableRequest<unknown>['rawRequest'] | undefined): string | null {
  if (!raw) return null;
  const forwarded = (raw.get?.('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - 1 - TRUSTED_HOPS)] ?? null;
  return raw.socket?.remoteAddress ?? null;
}

/** The caller as the callable saw them: IP address, its network key (`networkKey`) and user agent. */
export interface Client {
  ip: string | null;
  network: string | null;
  userAgent: string | null;
}

/** The caller's IP address (with its network key) and user agent, as the callable saw them. */
export function clientOf(request: CallableRequest<unknown>): Client {
  const raw = request.rawRequest;
  const ip = clientIp(raw);
  return { ip, network: ip ? networkKey(ip) : null, userAgent: raw?.get?.('user-agent')?.slice(0, 300) ?? null };
}

/**
 * A client address as rate limits count it: an IPv6 client by its /64 network (one connection
 * usually holds a whole /64, so counting single addresses would let it post or mail without
 * end); IPv4 (also written IPv4-mapped) per address. Names the per-network sign-in link record
 * and is stored with each comment for the per-IP comment limits.
 */
export function networkKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return `ip_${mapped[1]}`;
  if (!isIPv6(ip)) return `ip_${ip.replace(/[^\w.:-]/g, '_')}`;
  // Expand "::" to the missing zero groups, then keep the first four.
  const [head = '', tail] = ip.toLowerCase().split('%')[0]!.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `ip6_${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}`;
}
