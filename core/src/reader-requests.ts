import * as v from 'valibot';
import { REPORT_REASONS } from './moderation/reports.ts';
import { REACTIONS } from './types.ts';
import { BodySchema, GuestSchema, IdSchema, SiteIdSchema, strictRecord, wellFormed } from './validation.ts';
import { cleanMultiline, cleanSingleLine } from './text.ts';
import { canonicalUrl } from './canonical-url.ts';

/** Request schemas of the callables readers use. Answers are typed in api.ts. */

const ThreadRefSchema = strictRecord(
  {
    id: v.optional(v.pipe(v.string('invalid-request'), v.regex(/^[\w\-.:/]{1,200}$/, 'thread-invalid'))),
    // Always an http(s) URL, also beside an explicit id: the thread stores it and the console
    // links to it, so a `javascript:` address would be a script in a moderator's session.
    url: v.pipe(
      v.string('thread-invalid'),
      v.maxLength(2000, 'thread-invalid'),
      wellFormed('invalid-text'),
      v.check((value) => canonicalUrl(value) !== null, 'thread-invalid'),
    ),
    title: v.optional(
      v.pipe(v.string('invalid-request'), v.maxLength(1000, 'invalid-request'), wellFormed('invalid-text'), v.transform(cleanSingleLine)),
      '',
    ),
  },
  'invalid-request',
);

const RequestIdSchema = v.pipe(v.string('invalid-request'), v.regex(/^[\w-]{8,64}$/, 'invalid-request'));

/** `createComment`: a new comment or reply. */
export const CreateCommentSchema = strictRecord(
  {
    siteId: SiteIdSchema,
    thread: ThreadRefSchema,
    parentId: v.optional(v.nullable(IdSchema), null),
    body: BodySchema,
    guest: v.optional(GuestSchema),
    requestId: RequestIdSchema,
    /** Honeypot: a field hidden from people; bots fill it in. */
    hp: v.optional(v.pipe(v.string('invalid-request'), v.maxLength(1000, 'invalid-request')), ''),
  },
  'invalid-request',
);
/** A validated `createComment` request. */
export type CreateCommentRequest = v.InferOutput<typeof CreateCommentSchema>;

/** `editComment`: the author replaces the text within the site's edit window. */
export const EditCommentSchema = strictRecord({ siteId: SiteIdSchema, commentId: IdSchema, body: BodySchema }, 'invalid-request');
/** A validated `editComment` request. */
export type EditCommentRequest = v.InferOutput<typeof EditCommentSchema>;

/** `deleteComment`: the author removes their comment (a placeholder keeps its replies in place). */
export const DeleteCommentSchema = strictRecord({ siteId: SiteIdSchema, commentId: IdSchema }, 'invalid-request');
/** A validated `deleteComment` request. */
export type DeleteCommentRequest = v.InferOutput<typeof DeleteCommentSchema>;

/** `reactToComment`: sets the caller's one reaction; the same reaction again takes it back. */
export const ReactSchema = strictRecord(
  { siteId: SiteIdSchema, commentId: IdSchema, reaction: v.picklist(REACTIONS, 'invalid-request') },
  'invalid-request',
);
/** A validated `reactToComment` request. */
export type ReactRequest = v.InferOutput<typeof ReactSchema>;

/** `reportComment`: one report per reader per comment; "illegal" needs an explanation. */
export const ReportSchema = v.pipe(
  strictRecord(
    {
      siteId: SiteIdSchema,
      commentId: IdSchema,
      reason: v.picklist(REPORT_REASONS, 'reason-invalid'),
      details: v.optional(
        v.pipe(v.string('invalid-request'), v.maxLength(1000, 'reason-invalid'), wellFormed('invalid-text'), v.transform(cleanMultiline)),
        '',
      ),
    },
    'invalid-request',
  ),
  v.check((report) => report.reason !== 'illegal' || report.details.length > 0, 'reason-invalid'),
);
/** A validated `reportComment` request. */
export type ReportRequest = v.InferOutput<typeof ReportSchema>;
