import * as v from 'valibot';
import { NameSchema, SiteIdSchema, strictRecord, wellFormed } from './validation.ts';

/** Request schemas of the identity callables (sign-in helpers, profile, export, deletion). */

/** `sendSignInLink`: mails a passwordless sign-in link (rate limited per address and per IP). */
export const SendSignInLinkSchema = strictRecord({
  siteId: SiteIdSchema,
  email: v.pipe(v.string('invalid-request'), wellFormed('email-invalid'), v.trim(), v.check((value) => value.length > 0, 'email-missing'), v.maxLength(254, 'email-invalid'), v.email('email-invalid'), v.transform((value) => value.toLowerCase())),
  /** Where the link leads back to: the article page, which completes the sign-in. */
  continueUrl: v.pipe(v.string('invalid-request'), v.maxLength(2000, 'invalid-request'), v.url('invalid-request'), v.regex(/^https?:\/\//, 'invalid-request')),
});
/** A validated `sendSignInLink` request. */
export type SendSignInLinkRequest = v.InferOutput<typeof SendSignInLinkSchema>;

/** `ssoSignIn`: exchanges a publisher-signed payload for a Firebase custom token. */
export const SsoSignInSchema = strictRecord({
  siteId: SiteIdSchema,
  /** `base64url(JSON payload).base64url(HMAC-SHA256(secret, first part))`. */
  token: v.pipe(v.string('invalid-request'), v.maxLength(4000, 'sso-invalid'), v.regex(/^[\w-]+\.[\w-]+$/, 'sso-invalid')),
});
/** A validated `ssoSignIn` request. */
export type SsoSignInRequest = v.InferOutput<typeof SsoSignInSchema>;

/** `updateProfile`: the caller's display name (a guest's website goes with each comment instead). */
export const UpdateProfileSchema = strictRecord({
  name: NameSchema,
});
/** A validated `updateProfile` request. */
export type UpdateProfileRequest = v.InferOutput<typeof UpdateProfileSchema>;

/** `exportMyData` and `deleteMyAccount` take no fields (an absent payload counts as none). */
export const NoFieldsSchema = v.pipe(
  v.optional(v.nullable(strictRecord({})), null),
  v.transform((): Record<string, never> => ({})),
);
