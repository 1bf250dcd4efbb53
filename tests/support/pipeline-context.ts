import { Timestamp } from 'firebase-admin/firestore';
import type { SiteUserDoc, ThreadDoc } from '../../core/src/docs.ts';
import { markdownToTree } from '../../core/src/markdown.ts';
import { textHash } from '../../functions/src/comments/author-view.ts';
import type { PipelineContext } from '../../functions/src/moderation/pipeline.ts';
import { SETTINGS_DEFAULTS, SITE_DEFAULTS } from '../../functions/src/sites/site-config.ts';

/** The fixed "now" of pipeline unit tests. */
export const NOW = Date.parse('2026-11-27T12:00:00Z');

/**
 * Settings for running the whole pipeline without Firestore: the per-thread and per-IP limits
 * (the only phases that query) are off; the per-author limit, counted from the standing, stays.
 */
export const OFFLINE_SETTINGS = { ...SETTINGS_DEFAULTS, rateLimits: { ...SETTINGS_DEFAULTS.rateLimits, threadPerMinute: 0, ipPerMinute: 0, ipPerHour: 0 } };

/** An author's standing on the site, with overrides. */
export function standing(extra: Partial<SiteUserDoc<Timestamp>> = {}): SiteUserDoc<Timestamp> {
  return {
    siteId: 's',
    uid: 'u',
    name: 'Ann',
    provider: 'guest',
    joinedAt: Timestamp.fromMillis(NOW - 86_400_000),
    counts: { approved: 0, pending: 0, rejected: 0, spam: 0 },
    trusted: false,
    ban: null,
    recent: [],
    ...extra,
  };
}

/** A thread, open unless told otherwise. */
export function thread(extra: Partial<ThreadDoc<Timestamp>> = {}): ThreadDoc<Timestamp> {
  return { siteId: 's', key: 'k', url: 'https://example.com/a', title: 't', closed: false, premoderate: false, createdAt: Timestamp.fromMillis(NOW - 86_400_000), lastCommentAt: null, ...extra };
}

/** A guest's new comment on an open thread of a post-moderated site, without Firestore queries. */
export function pipelineContext(body: string, extra: Partial<PipelineContext> = {}): PipelineContext {
  return {
    siteId: 's',
    site: SITE_DEFAULTS,
    settings: OFFLINE_SETTINGS,
    secrets: {},
    threadId: 't',
    thread: thread(),
    author: { card: { uid: 'u', name: 'Ann', avatar: null, provider: 'guest', badges: [] }, email: 'ann@example.com', website: '' },
    siteUser: null,
    body,
    tree: markdownToTree(body),
    hash: textHash(body),
    isEdit: false,
    honeypot: '',
    ip: null,
    network: null,
    userAgent: 'test',
    url: 'https://example.com/a',
    now: NOW,
    ...extra,
  };
}

/** The Parley error code a phase or the pipeline refused with (sync or async), or null when it did not refuse. */
export async function refusalOf(run: () => unknown): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    return (error as { details?: { code?: string } }).details?.code ?? `not a refusal: ${String(error)}`;
  }
}
