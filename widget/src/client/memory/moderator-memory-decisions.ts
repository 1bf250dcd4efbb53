import type { ModerateResult, UserStandingResult } from '../../../../core/src/api.ts';
import type { CallInput } from '../../../../core/src/callables.ts';
import { fieldOf, type ErrorCode } from '../../../../core/src/errors.ts';
import { settlesReports } from '../../../../core/src/moderation/reports.ts';
import { filedByShadowBan, moderationOutcome } from '../../../../core/src/moderation/transitions.ts';
import type { ActionRecord, CommentPrivate, Moderator, QueueItem, RoleHolder, SiteUser } from '../moderator/client.ts';
import { ParleyError } from '../parley-error.ts';

/** What the in-memory decisions change: the stored comments, their private details, authors' standing, the log. */
export interface MemoryModerationState {
  comments: Map<string, QueueItem>;
  privates: Map<string, CommentPrivate>;
  users: Map<string, SiteUser>;
  actions: ActionRecord[];
  roles: readonly RoleHolder[];
  moderator(): Moderator | null;
}

/** The decisions as the functions take them: validated input in, the callable's answer out. */
export interface MemoryDecisions {
  moderate(input: CallInput<'moderateComments'>): ModerateResult;
  ban(input: CallInput<'banUser'>): UserStandingResult;
  unban(input: CallInput<'unbanUser'>): UserStandingResult;
  trust(input: CallInput<'trustUser'>): UserStandingResult;
  /** Refuses a caller without the role on the site, with the functions' codes. */
  requireRole(siteId: string, needed: 'moderator' | 'owner'): Moderator;
}

const refuse = (code: ErrorCode): never => {
  throw new ParleyError(code, fieldOf(code));
};

/**
 * Moderator decisions in memory, by the server's rules from core (`moderationOutcome`, report
 * settlement, what a shadow ban files): all or nothing, each change logged as the server logs it.
 */
export function createMemoryDecisions(state: MemoryModerationState): MemoryDecisions {
  const { comments, privates, users, actions } = state;
  // Like commit times: each record is later than the one before, so the log's order is the decisions'.
  let lastAt = 0;
  const log = (by: Moderator, action: string, targetUid: string | null, reason: string, comment: QueueItem | null = null) =>
    actions.push({ id: `a${actions.length}`, by: by.uid, byName: by.name, action, commentId: comment?.id ?? null, revision: comment?.revision ?? null, targetUid, reason, at: (lastAt = Math.max(Date.now(), lastAt + 1)) });

  const settle = (id: string) => {
    const reported = privates.get(id);
    if (reported) privates.set(id, { ...reported, reports: { ...reported.reports, count: 0 } });
  };

  const changeStanding = (by: Moderator, siteId: string, uid: string, action: string, reason: string, change: Partial<SiteUser>): UserStandingResult => {
    const user: SiteUser = users.get(uid) ?? { uid, name: uid, provider: 'guest', joinedAt: Date.now(), counts: { approved: 0, pending: 0, rejected: 0, spam: 0 }, trusted: false, ban: null };
    const next = { ...user, ...change };
    users.set(uid, next);
    log(by, action, uid, reason);
    return { uid, ban: next.ban, trusted: next.trusted };
  };

  const decisions: MemoryDecisions = {
    requireRole(siteId, needed) {
      const moderator = state.moderator() ?? refuse('sign-in-required');
      const role = moderator.roles[siteId];
      if (needed === 'owner' ? role !== 'owner' : !role) refuse(needed === 'owner' ? 'not-owner' : 'not-moderator');
      return moderator;
    },

    moderate({ siteId, ids, action, reason }) {
      const by = decisions.requireRole(siteId, 'moderator');
      // Every comment is checked before any changes: the server's transaction is all or nothing.
      const planned = [...new Set(ids)].map((id) => {
        const item = comments.get(id);
        // Another site's comment answers exactly like a missing one.
        if (!item || item.siteId !== siteId) return refuse('comment-not-found');
        const outcome = moderationOutcome(action, item, privates.get(id)?.reports.count ?? 0);
        return outcome === 'invalid' ? refuse('invalid-transition') : { item, outcome };
      });
      const result: ModerateResult = { changed: [], unchanged: [] };
      for (const { item, outcome } of planned) {
        if (outcome === 'unchanged') {
          result.unchanged.push(item.id);
          continue;
        }
        if (outcome.settlesReports) settle(item.id);
        if (outcome.logged !== 'dismiss-reports') comments.set(item.id, { ...item, status: outcome.status, pinned: outcome.pinned });
        log(by, outcome.logged, item.author.uid || null, reason, item);
        result.changed.push(item.id);
      }
      return result;
    },

    ban({ siteId, uid, hours, shadow, reason }) {
      const by = decisions.requireRole(siteId, 'moderator');
      // Nobody bans themself, and a site's staff cannot be banned from it.
      if (uid === by.uid || state.roles.some((holder) => holder.uid === uid)) refuse('invalid-transition');
      const now = Date.now();
      const ban = { until: hours === null ? null : now + hours * 3_600_000, shadow, reason, by: by.uid, at: now };
      const standing = changeStanding(by, siteId, uid, shadow ? 'shadow-ban' : 'ban', reason, { ban });
      if (shadow) {
        for (const item of [...comments.values()]) {
          if (item.siteId !== siteId || item.author.uid !== uid || !filedByShadowBan(item.status)) continue;
          if (settlesReports(item.status, 'spam')) settle(item.id);
          comments.set(item.id, { ...item, status: 'spam', pinned: false });
          log(by, 'spam', uid, `shadow ban: ${reason}`, item);
        }
      }
      return standing;
    },

    unban: ({ siteId, uid, reason }) => changeStanding(decisions.requireRole(siteId, 'moderator'), siteId, uid, 'unban', reason, { ban: null }),
    trust: ({ siteId, uid, trusted }) => changeStanding(decisions.requireRole(siteId, 'moderator'), siteId, uid, trusted ? 'trust' : 'untrust', '', { trusted }),
  };
  return decisions;
}
