import * as v from 'valibot';
import { isErrorCode, type ErrorCode } from './errors.ts';
import { cleanMultiline, cleanSingleLine, isWellFormedText, textLength } from './text.ts';

/**
 * Request schemas for every callable. Each check's message is the error code to answer, so the
 * first failing check decides the code; anything unexpected becomes `invalid-request`.
 */

/** Hard cap on a body before site limits apply, so a huge payload is refused early. */
export const BODY_HARD_MAX = 20_000;
/** Default longest body, in characters, when the site sets none. */
export const DEFAULT_MAX_LENGTH = 10_000;
/** Longest display name, in characters. */
export const NAME_MAX = 50;

const wellFormed = (code: ErrorCode) => v.check<string, ErrorCode>(isWellFormedText, code);

/** A document id we generated or accept from a client: 1 to 128 URL-safe characters. */
export const IdSchema = v.pipe(v.string('invalid-request'), v.regex(/^[\w-]{1,128}$/, 'invalid-request'));

const SiteIdSchema = v.pipe(v.string('invalid-request'), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'invalid-request'));

const BodySchema = v.pipe(
  v.string('invalid-request'),
  v.maxLength(BODY_HARD_MAX * 2, 'body-too-long'),
  wellFormed('invalid-text'),
  v.transform(cleanMultiline),
  v.check((value) => value.length > 0, 'body-empty'),
  v.check((value) => textLength(value) <= BODY_HARD_MAX, 'body-too-long'),
);

const NameSchema = v.pipe(
  v.optional(v.string('invalid-request'), ''),
  v.maxLength(NAME_MAX * 4, 'name-too-long'),
  wellFormed('invalid-text'),
  v.transform(cleanSingleLine),
  v.check((value) => value.length > 0, 'name-missing'),
  v.check((value) => textLength(value) <= NAME_MAX, 'name-too-long'),
);

const EmailSchema = v.pipe(
  v.optional(v.string('invalid-request'), ''),
  v.trim(),
  v.check((value) => value.length > 0, 'email-missing'),
  v.maxLength(254, 'email-invalid'),
  v.email('email-invalid'),
  v.transform((value) => value.toLowerCase()),
);

const WebsiteSchema = v.pipe(
  v.string('invalid-request'),
  v.trim(),
  v.maxLength(500, 'website-invalid'),
  v.check((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'website-invalid'),
  v.check((value) => {
    if (value === '') return true;
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'website-invalid'),
);

/** A guest's details: name and email required, website optional. */
export const GuestSchema = v.strictObject(
  { name: NameSchema, email: EmailSchema, website: v.optional(WebsiteSchema, '') },
  'invalid-request',
);

const ThreadRefSchema = v.strictObject(
  {
    id: v.optional(v.pipe(v.string('invalid-request'), v.regex(/^[\w\-.:/]{1,200}$/, 'thread-invalid'))),
    url: v.pipe(v.string('thread-invalid'), v.maxLength(2000, 'thread-invalid'), wellFormed('invalid-text')),
    title: v.optional(
      v.pipe(v.string('invalid-request'), v.maxLength(1000, 'invalid-request'), wellFormed('invalid-text'), v.transform(cleanSingleLine)),
      '',
    ),
  },
  'invalid-request',
);

/** `createComment`: a new comment or reply. */
export const CreateCommentSchema = v.strictObject(
  {
    siteId: SiteIdSchema,
    thread: ThreadRefSchema,
    parentId: v.optional(v.nullable(IdSchema), null),
    body: BodySchema,
    guest: v.optional(GuestSchema),
    requestId: v.pipe(v.string('invalid-request'), v.regex(/^[\w-]{8,64}$/, 'invalid-request')),
    /** Honeypot: a field hidden from people; bots fill it in. */
    hp: v.optional(v.pipe(v.string('invalid-request'), v.maxLength(1000, 'invalid-request')), ''),
  },
  'invalid-request',
);

/** A validated `createComment` request. */
export type CreateCommentRequest = v.InferOutput<typeof CreateCommentSchema>;

/** Moderator decisions on comments. */
export const MODERATION_ACTIONS = ['approve', 'reject', 'spam', 'delete', 'restore', 'pin', 'unpin'] as const;

/** One of the moderator decisions. */
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** `moderateComments`: one decision on 1 to 100 comments of a site. */
export const ModerateCommentsSchema = v.strictObject(
  {
    siteId: SiteIdSchema,
    ids: v.pipe(v.array(IdSchema, 'invalid-request'), v.minLength(1, 'too-many-ids'), v.maxLength(100, 'too-many-ids')),
    action: v.picklist(MODERATION_ACTIONS, 'invalid-request'),
    reason: v.optional(
      v.pipe(v.string('invalid-request'), v.maxLength(500, 'reason-invalid'), wellFormed('invalid-text'), v.transform(cleanMultiline)),
      '',
    ),
  },
  'invalid-request',
);

/** A validated `moderateComments` request. */
export type ModerateCommentsRequest = v.InferOutput<typeof ModerateCommentsSchema>;

/** The outcome of checking a request: its cleaned value, or the code to refuse it with. */
export type Checked<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

/** Validates untrusted input against a schema; the first failing check gives the error code. */
export function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const message = result.issues[0]?.message;
  return { ok: false, code: isErrorCode(message) ? message : 'invalid-request' };
}
