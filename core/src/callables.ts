import type * as v from 'valibot';
import type {
  CreateCommentResult,
  DeleteAccountResult,
  DeleteCommentResult,
  EditCommentResult,
  ExportResult,
  ModerateResult,
  ReactResult,
  ReportResult,
  RotateSsoSecretResult,
  SendSignInLinkResult,
  SetModeratorResult,
  SsoSignInResult,
  ThreadStateResult,
  UpdateProfileResult,
  UpdateSiteResult,
  UserStandingResult,
} from './api.ts';
import type { NoFieldsSchema, SendSignInLinkSchema, SsoSignInSchema, UpdateProfileSchema } from './identity-requests.ts';
import type {
  BanUserSchema,
  ModerateCommentsSchema,
  RotateSsoSecretSchema,
  SetModeratorSchema,
  SetThreadStateSchema,
  TrustUserSchema,
  UnbanUserSchema,
  UpdateSiteSchema,
} from './moderator-requests.ts';
import type { CreateCommentSchema, DeleteCommentSchema, EditCommentSchema, ReactSchema, ReportSchema } from './reader-requests.ts';

/**
 * The callable functions' contract: each callable's name, its request schema and its answer. The
 * functions' `callable()` wrapper validates with the schema (see callable-schemas.ts) and types the
 * handler; each client's one `call()` types the payload and the answer, so a renamed field or a
 * wrong payload fails the type check on both sides.
 *
 * Type-only on purpose: the widget imports it without shipping valibot.
 */
interface Entry<S extends v.GenericSchema, R> {
  /** What a client sends (the schema's input: optional fields may be left out). */
  request: v.InferInput<S>;
  /** What the handler receives once the schema has checked and cleaned it. */
  input: v.InferOutput<S>;
  /** What the callable answers. */
  result: R;
}

/** Every callable, by name. */
export interface CallableMap {
  createComment: Entry<typeof CreateCommentSchema, CreateCommentResult>;
  editComment: Entry<typeof EditCommentSchema, EditCommentResult>;
  deleteComment: Entry<typeof DeleteCommentSchema, DeleteCommentResult>;
  reactToComment: Entry<typeof ReactSchema, ReactResult>;
  reportComment: Entry<typeof ReportSchema, ReportResult>;
  moderateComments: Entry<typeof ModerateCommentsSchema, ModerateResult>;
  banUser: Entry<typeof BanUserSchema, UserStandingResult>;
  unbanUser: Entry<typeof UnbanUserSchema, UserStandingResult>;
  trustUser: Entry<typeof TrustUserSchema, UserStandingResult>;
  setThreadState: Entry<typeof SetThreadStateSchema, ThreadStateResult>;
  updateSite: Entry<typeof UpdateSiteSchema, UpdateSiteResult>;
  setModerator: Entry<typeof SetModeratorSchema, SetModeratorResult>;
  rotateSsoSecret: Entry<typeof RotateSsoSecretSchema, RotateSsoSecretResult>;
  sendSignInLink: Entry<typeof SendSignInLinkSchema, SendSignInLinkResult>;
  ssoSignIn: Entry<typeof SsoSignInSchema, SsoSignInResult>;
  updateProfile: Entry<typeof UpdateProfileSchema, UpdateProfileResult>;
  exportMyData: Entry<typeof NoFieldsSchema, ExportResult>;
  deleteMyAccount: Entry<typeof NoFieldsSchema, DeleteAccountResult>;
}

/** A callable's name. */
export type CallableName = keyof CallableMap;
/** What a client sends to callable `N`. */
export type CallRequest<N extends CallableName> = CallableMap[N]['request'];
/** What callable `N`'s handler receives after validation. */
export type CallInput<N extends CallableName> = CallableMap[N]['input'];
/** What callable `N` answers. */
export type CallResult<N extends CallableName> = CallableMap[N]['result'];
