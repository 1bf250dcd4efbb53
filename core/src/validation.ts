import * as v from 'valibot';
import { isErrorCode, type ErrorCode } from './errors.ts';
import { cleanMultiline, cleanSingleLine, isWellFormedText, textLength } from './text.ts';

/**
 * Field schemas and the checker shared by every callable's request schema (reader-requests.ts,
 * moderator-requests.ts). Each check's message is the error code to answer, so the
 * first failing check decides the code; anything unexpected becomes `invalid-request`.
 */

/** Hard cap on a body before site limits apply, so a huge payload is refused early. */
export const BODY_HARD_MAX = 20_000;
/** Default longest body, in characters, when the site sets none. */
export const DEFAULT_MAX_LENGTH = 10_000;
/** Longest display name, in characters. */
export const NAME_MAX = 50;

/**
 * An object with exactly these fields. Plain objects only: valibot's object schemas alone would
 * take an array (`[]` has no unknown keys), which is never a valid request or field.
 */
export function strictRecord<const E extends v.ObjectEntries>(entries: E, message: ErrorCode = 'invalid-request') {
  const fields = v.strictObject(entries, message);
  // Typed as the object's input, so that a request type derived from a schema names its fields.
  return v.pipe(
    v.custom<v.InferInput<typeof fields>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), message),
    fields,
  );
}

/** Refuses strings that are not well-formed UTF-16. */
export const wellFormed = (code: ErrorCode) => v.check<string, ErrorCode>(isWellFormedText, code);

/** A document id we generated or accept from a client: 1 to 128 URL-safe characters. */
export const IdSchema = v.pipe(v.string('invalid-request'), v.regex(/^[\w-]{1,128}$/, 'invalid-request'));

/** A site id: lower-case letters, digits and dashes. */
export const SiteIdSchema = v.pipe(v.string('invalid-request'), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'invalid-request'));

/** A comment body: cleaned text, 1 to BODY_HARD_MAX characters (the site's own limit is checked by the pipeline). */
export const BodySchema = v.pipe(
  v.string('invalid-request'),
  v.maxLength(BODY_HARD_MAX * 2, 'body-too-long'),
  wellFormed('invalid-text'),
  v.transform(cleanMultiline),
  v.check((value) => value.length > 0, 'body-empty'),
  v.check((value) => textLength(value) <= BODY_HARD_MAX, 'body-too-long'),
);

/** Whether a display name holds an email address (it would be published under every comment). */
export function holdsEmail(name: string): boolean {
  return /[^\s@]+@[^\s@]+\.[^\s@]+/.test(name);
}

/** A display name: one line, 1 to 50 characters, no email address in it (`name-reserved`). */
export const NameSchema = v.pipe(
  v.optional(v.string('invalid-request'), ''),
  v.maxLength(NAME_MAX * 4, 'name-too-long'),
  wellFormed('invalid-text'),
  v.transform(cleanSingleLine),
  v.check((value) => value.length > 0, 'name-missing'),
  v.check((value) => textLength(value) <= NAME_MAX, 'name-too-long'),
  v.check((value) => !holdsEmail(value), 'name-reserved'),
);

const EmailSchema = v.pipe(
  v.optional(v.string('invalid-request'), ''),
  wellFormed('email-invalid'),
  v.trim(),
  v.check((value) => value.length > 0, 'email-missing'),
  v.maxLength(254, 'email-invalid'),
  v.email('email-invalid'),
  v.transform((value) => value.toLowerCase()),
);

/** A website: empty, or an http(s) URL with a dotted host. */
export const WebsiteSchema = v.pipe(
  v.string('invalid-request'),
  wellFormed('website-invalid'),
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
export const GuestSchema = strictRecord({ name: NameSchema, email: EmailSchema, website: v.optional(WebsiteSchema, '') });

/** The outcome of checking a request: its cleaned value, or the code to refuse it with. */
export type Checked<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

/** Validates untrusted input against a schema; the first failing check gives the error code. */
export function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const message = result.issues[0]?.message;
  return { ok: false, code: isErrorCode(message) ? message : 'invalid-request' };
}
