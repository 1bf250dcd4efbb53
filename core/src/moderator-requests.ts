import * as v from 'valibot';
import { IdSchema, SiteIdSchema, strictRecord, wellFormed } from './validation.ts';
import { cleanMultiline, cleanSingleLine } from './text.ts';
import type { RateLimits } from './docs.ts';
import { AUTHOR_POSTS_KEPT } from './moderation/rate.ts';
import { PROVIDERS } from './providers.ts';

/**
 * The highest value each rate limit takes. Per-author limits count the posts kept on the author's
 * site document, so they stop at AUTHOR_POSTS_KEPT; a higher one could never be reached.
 */
export const RATE_LIMIT_MAX: Readonly<Record<keyof RateLimits, number>> = {
  userPerMinute: AUTHOR_POSTS_KEPT,
  userPerHour: AUTHOR_POSTS_KEPT,
  ipPerMinute: 10_000,
  ipPerHour: 100_000,
  threadPerMinute: 100_000,
};

/** Request schemas of the callables moderators and owners use. Answers are typed in api.ts. */

const ReasonSchema = v.optional(
  v.pipe(v.string('invalid-request'), v.maxLength(500, 'reason-invalid'), wellFormed('invalid-text'), v.transform(cleanMultiline)),
  '',
);

/** Moderator decisions on comments. */
export const MODERATION_ACTIONS = ['approve', 'reject', 'spam', 'delete', 'restore', 'pin', 'unpin'] as const;
/** One of the moderator decisions. */
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** `moderateComments`: one decision on 1 to 100 comments of a site. */
export const ModerateCommentsSchema = strictRecord(
  {
    siteId: SiteIdSchema,
    ids: v.pipe(v.array(IdSchema, 'invalid-request'), v.minLength(1, 'too-many-ids'), v.maxLength(100, 'too-many-ids')),
    action: v.picklist(MODERATION_ACTIONS, 'invalid-request'),
    reason: ReasonSchema,
  },
  'invalid-request',
);
/** A validated `moderateComments` request. */
export type ModerateCommentsRequest = v.InferOutput<typeof ModerateCommentsSchema>;

/** `banUser`: bans a user from a site for some hours or for good; a shadow ban hides their comments from everyone but them. */
export const BanUserSchema = strictRecord(
  {
    siteId: SiteIdSchema,
    uid: IdSchema,
    /** null: permanent. */
    hours: v.nullable(v.pipe(v.number('invalid-request'), v.integer('invalid-request'), v.minValue(1, 'invalid-request'), v.maxValue(24 * 365, 'invalid-request'))),
    shadow: v.boolean('invalid-request'),
    reason: ReasonSchema,
  },
  'invalid-request',
);
/** A validated `banUser` request. */
export type BanUserRequest = v.InferOutput<typeof BanUserSchema>;

/** `unbanUser`. */
export const UnbanUserSchema = strictRecord({ siteId: SiteIdSchema, uid: IdSchema, reason: ReasonSchema }, 'invalid-request');
/** A validated `unbanUser` request. */
export type UnbanUserRequest = v.InferOutput<typeof UnbanUserSchema>;

/** `trustUser`: a trusted author skips first-time review. */
export const TrustUserSchema = strictRecord({ siteId: SiteIdSchema, uid: IdSchema, trusted: v.boolean('invalid-request') }, 'invalid-request');
/** A validated `trustUser` request. */
export type TrustUserRequest = v.InferOutput<typeof TrustUserSchema>;

/** `setThreadState`: close or reopen a thread, or pre-moderate it. */
export const SetThreadStateSchema = strictRecord(
  {
    siteId: SiteIdSchema,
    threadId: IdSchema,
    closed: v.optional(v.boolean('invalid-request')),
    premoderate: v.optional(v.boolean('invalid-request')),
  },
  'invalid-request',
);
/** A validated `setThreadState` request. */
export type SetThreadStateRequest = v.InferOutput<typeof SetThreadStateSchema>;

const WordListSchema = v.pipe(
  v.array(v.pipe(v.string('invalid-request'), v.maxLength(100, 'invalid-request'), wellFormed('invalid-text'), v.transform(cleanSingleLine)), 'invalid-request'),
  v.maxLength(2000, 'invalid-request'),
  v.transform((words) => [...new Set(words.filter(Boolean))]),
);
const Count = (max: number) => v.pipe(v.number('invalid-request'), v.integer('invalid-request'), v.minValue(0, 'invalid-request'), v.maxValue(max, 'invalid-request'));
const ProviderSchema = v.picklist(PROVIDERS, 'invalid-request');

/** `updateSite` (owners): any subset of the public configuration and the private settings. */
export const UpdateSiteSchema = strictRecord(
  {
    siteId: SiteIdSchema,
    site: v.optional(
      strictRecord(
        {
          name: v.optional(v.pipe(v.string('invalid-request'), v.maxLength(100, 'invalid-request'), wellFormed('invalid-text'), v.transform(cleanSingleLine))),
          locale: v.optional(v.pipe(v.string('invalid-request'), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'invalid-request'))),
          theme: v.optional(v.picklist(['auto', 'light', 'dark'] as const, 'invalid-request')),
          providers: v.optional(v.pipe(v.array(ProviderSchema, 'invalid-request'), v.minLength(1, 'invalid-request'), v.transform((list) => [...new Set(list)]))),
          moderation: v.optional(v.picklist(['post', 'first-time', 'pre'] as const, 'invalid-request')),
          editWindowSec: v.optional(Count(7 * 24 * 3600)),
          maxLength: v.optional(v.pipe(Count(20_000), v.minValue(10, 'invalid-request'))),
          origins: v.optional(
            v.pipe(v.array(v.pipe(v.string('invalid-request'), v.regex(/^https?:\/\/[^/\s]+$/, 'invalid-request')), 'invalid-request'), v.maxLength(50, 'invalid-request')),
          ),
        },
        'invalid-request',
      ),
    ),
    settings: v.optional(
      strictRecord(
        {
          bannedWords: v.optional(WordListSchema),
          suspectWords: v.optional(WordListSchema),
          linkLimit: v.optional(Count(100)),
          reportThreshold: v.optional(v.pipe(Count(100), v.minValue(1, 'invalid-request'))),
          rateLimits: v.optional(
            strictRecord(
              {
                userPerMinute: v.optional(Count(RATE_LIMIT_MAX.userPerMinute)),
                userPerHour: v.optional(Count(RATE_LIMIT_MAX.userPerHour)),
                ipPerMinute: v.optional(Count(RATE_LIMIT_MAX.ipPerMinute)),
                ipPerHour: v.optional(Count(RATE_LIMIT_MAX.ipPerHour)),
                threadPerMinute: v.optional(Count(RATE_LIMIT_MAX.threadPerMinute)),
              },
              'invalid-request',
            ),
          ),
          accountDeletion: v.optional(v.picklist(['delete', 'anonymise'] as const, 'invalid-request')),
        },
        'invalid-request',
      ),
    ),
  },
  'invalid-request',
);
/** A validated `updateSite` request. */
export type UpdateSiteRequest = v.InferOutput<typeof UpdateSiteSchema>;

/** `setModerator` (owners): grants the moderator role on a site to an account by email, or revokes it (`role: null`). */
export const SetModeratorSchema = strictRecord(
  {
    siteId: SiteIdSchema,
    email: v.pipe(v.string('invalid-request'), v.trim(), v.maxLength(254, 'email-invalid'), v.email('email-invalid'), v.transform((value) => value.toLowerCase())),
    role: v.nullable(v.picklist(['moderator'] as const, 'invalid-request')),
  },
  'invalid-request',
);
/** A validated `setModerator` request. */
export type SetModeratorRequest = v.InferOutput<typeof SetModeratorSchema>;

/** `rotateSsoSecret` (owners): creates or replaces the site's SSO secret; the answer is the only time it is shown. */
export const RotateSsoSecretSchema = strictRecord({ siteId: SiteIdSchema }, 'invalid-request');
/** A validated `rotateSsoSecret` request. */
export type RotateSsoSecretRequest = v.InferOutput<typeof RotateSsoSecretSchema>;
