import type * as v from 'valibot';
import type { CallableName, CallInput } from './callables.ts';
import { NoFieldsSchema, SendSignInLinkSchema, SsoSignInSchema, UpdateProfileSchema } from './identity-requests.ts';
import {
  BanUserSchema,
  ModerateCommentsSchema,
  RotateSsoSecretSchema,
  SetModeratorSchema,
  SetThreadStateSchema,
  TrustUserSchema,
  UnbanUserSchema,
  UpdateSiteSchema,
} from './moderator-requests.ts';
import { CreateCommentSchema, DeleteCommentSchema, EditCommentSchema, ReactSchema, ReportSchema } from './reader-requests.ts';

/**
 * The request schema of every callable (server side: this file imports valibot at run time, so
 * readers' bundles import callables.ts's types instead). Keyed like `CallableMap`, so a callable
 * added there without a schema here fails the type check.
 */
export const CALLABLE_SCHEMAS: { [N in CallableName]: v.GenericSchema<unknown, CallInput<N>, v.BaseIssue<unknown>> } = {
  createComment: CreateCommentSchema,
  editComment: EditCommentSchema,
  deleteComment: DeleteCommentSchema,
  reactToComment: ReactSchema,
  reportComment: ReportSchema,
  moderateComments: ModerateCommentsSchema,
  banUser: BanUserSchema,
  unbanUser: UnbanUserSchema,
  trustUser: TrustUserSchema,
  setThreadState: SetThreadStateSchema,
  updateSite: UpdateSiteSchema,
  setModerator: SetModeratorSchema,
  rotateSsoSecret: RotateSsoSecretSchema,
  sendSignInLink: SendSignInLinkSchema,
  ssoSignIn: SsoSignInSchema,
  updateProfile: UpdateProfileSchema,
  exportMyData: NoFieldsSchema,
  deleteMyAccount: NoFieldsSchema,
};
