import type { SiteDoc } from '../../../../core/src/docs.ts';
import {
  type ActionRecord,
  type CommentPrivate,
  type DayStats,
  type Moderator,
  type ModeratorClient,
  type QueueItem,
  type Report,
  type RoleHolder,
  type SiteConfig,
  type SiteUser,
  type ThreadSummary,
} from '../moderator/client.ts';
import { SignInError } from '../moderator/errors.ts';
import type { CallableName, CallInput, CallRequest } from '../../../../core/src/callables.ts';
import { createMemoryDecisions } from './moderator-memory-decisions.ts';
import { createMemoryReads } from './moderator-memory-queues.ts';
import { validated } from './validated.ts';
import { createMemoryThreads } from './moderator-memory-threads.ts';
import { ParleyError } from '../parley-error.ts';

/** What the in-memory moderator client starts with. */
export interface MemoryModeratorOptions {
  /** Signed in from the start (undefined: signed out). */
  moderator?: Moderator;
  /** Accounts `signInWithPassword` accepts, by email. */
  accounts?: Record<string, { password: string; moderator: Moderator }>;
  comments?: QueueItem[];
  privates?: Record<string, CommentPrivate>;
  reports?: Record<string, Report[]>;
  users?: SiteUser[];
  threads?: ThreadSummary[];
  actions?: ActionRecord[];
  stats?: DayStats[];
  sites?: Record<string, SiteConfig>;
  roles?: RoleHolder[];
}

/** A callable invocation the memory client received. */
export interface RecordedCall {
  name: string;
  data: Record<string, unknown>;
}

/** The in-memory client with the hooks component tests need. */
export interface MemoryModeratorClient extends ModeratorClient {
  /** Callables invoked so far, in order. */
  readonly calls: RecordedCall[];
  /** Thread list reads so far: `watch` (a listener) or `list after ID` (one page). */
  readonly threadReads: string[];
  /** Comments as stored now. */
  readonly comments: ReadonlyMap<string, QueueItem>;
  /** Adds or replaces a comment and notifies listeners, as a new post or another moderator would. */
  put(item: QueueItem): void;
  /** Adds or replaces a thread and notifies listeners, as an article's first comment would. */
  putThread(thread: ThreadSummary): void;
  /** Makes the next callable fail with this error. */
  failNext(error: ParleyError): void;
  /** Holds every callable until `release()` (to look at the optimistic state). */
  hold(): void;
  release(): void;
  /** Holds back listener updates until `resumeUpdates()`, so a callable can answer before the lists change. */
  pauseUpdates(): void;
  resumeUpdates(): void;
}

/**
 * A ModeratorClient that keeps everything in memory: same interface, no network. Callables check
 * their payload with the server's schema and decide with core's rules; tests/contract runs the
 * same behaviour tests against it and against the Firebase client.
 */
export function createMemoryModeratorClient(options: MemoryModeratorOptions = {}): MemoryModeratorClient {
  let moderator: Moderator | null = options.moderator ?? null;
  const comments = new Map((options.comments ?? []).map((item) => [item.id, item]));
  const privates = new Map(Object.entries(options.privates ?? {}));
  const users = new Map((options.users ?? []).map((user) => [user.uid, user]));
  const actions = [...(options.actions ?? [])];
  const sites = new Map(Object.entries(options.sites ?? {}));
  const roles = [...(options.roles ?? [])];
  const calls: RecordedCall[] = [];
  const failures: ParleyError[] = [];
  const authListeners = new Set<(value: Moderator | null) => void>();
  const listeners = new Set<() => void>();
  let held: Array<() => void> | null = null;
  let paused = false;
  let missed = false;

  const notify = () => {
    if (paused) {
      missed = true;
      return;
    }
    for (const listener of [...listeners]) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    queueMicrotask(() => listeners.has(listener) && listener());
    return () => void listeners.delete(listener);
  };
  const threads = createMemoryThreads(options.threads ?? [], subscribe);
  const setModerator = (value: Moderator | null) => {
    moderator = value;
    for (const listener of authListeners) listener(value);
  };

  const decisions = createMemoryDecisions({ comments, privates, users, actions, roles, moderator: () => moderator });

  /** A callable: recorded, held or failed on request, its payload checked with the server's schema, then applied. */
  async function callable<N extends CallableName, T>(name: N, data: CallRequest<N>, apply: (input: CallInput<N>) => T): Promise<T> {
    calls.push({ name, data: data as Record<string, unknown> });
    if (held) await new Promise<void>((resolve) => held!.push(resolve));
    const failure = failures.shift();
    if (failure) throw failure;
    const result = apply(validated(name, data));
    notify();
    return result;
  }

  return {
    calls,
    threadReads: threads.reads,
    comments,
    put(item) {
      comments.set(item.id, item);
      notify();
    },
    putThread(thread) {
      threads.put(thread);
      notify();
    },
    failNext(error) {
      failures.push(error);
    },
    hold() {
      held = [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      for (const resume of waiting) resume();
    },
    pauseUpdates() {
      paused = true;
    },
    resumeUpdates() {
      paused = false;
      const wasMissed = missed;
      missed = false;
      if (wasMissed) notify();
    },

    onModerator(listener) {
      authListeners.add(listener);
      queueMicrotask(() => authListeners.has(listener) && listener(moderator));
      return () => void authListeners.delete(listener);
    },
    async signInWithPassword(email, password) {
      const account = options.accounts?.[email];
      if (!account || account.password !== password) throw new SignInError('wrong-credentials');
      setModerator(account.moderator);
    },
    async sendSignInLink(email) {
      calls.push({ name: 'sendSignInLink', data: { email } });
    },
    async completeSignInLink() {
      return 'none';
    },
    async signInWithProvider(provider) {
      calls.push({ name: 'signInWithProvider', data: { provider } });
      throw new SignInError('provider-disabled');
    },
    async refreshRoles() {
      setModerator(moderator);
    },
    async signOut() {
      setModerator(null);
    },

    ...createMemoryReads({ comments, privates, users, actions, reports: options.reports ?? {} }, subscribe),
    ...threads.queries,
    watchStats(_siteId, fromDay, onDays) {
      return subscribe(() => onDays((options.stats ?? []).filter((day) => day.day >= fromDay)));
    },
    watchSite(siteId, onConfig, onError) {
      return subscribe(() => {
        const config = sites.get(siteId);
        if (config) onConfig(config);
        else onError(new ParleyError('site-not-found'));
      });
    },
    watchRoles(_siteId, onRoles) {
      return subscribe(() => onRoles([...roles]));
    },

    moderate: (siteId, ids, action, reason = '') => callable('moderateComments', { siteId, ids, action, reason }, decisions.moderate),
    banUser: (siteId, uid, hours, shadow, reason) => callable('banUser', { siteId, uid, hours, shadow, reason }, decisions.ban),
    unbanUser: (siteId, uid, reason) => callable('unbanUser', { siteId, uid, reason }, decisions.unban),
    trustUser: (siteId, uid, trusted) => callable('trustUser', { siteId, uid, trusted }, decisions.trust),
    setThreadState: (siteId, threadId, state) =>
      callable('setThreadState', { siteId, threadId, ...state }, () => {
        decisions.requireRole(siteId, 'moderator');
        threads.update(threadId, state);
      }),
    updateSite: (siteId, changes) =>
      callable('updateSite', { siteId, ...changes }, (input) => {
        decisions.requireRole(siteId, 'owner');
        const config = sites.get(siteId);
        if (!config) throw new ParleyError('site-not-found');
        const site: SiteDoc = { ...config.site, ...input.site };
        const settings = config.settings && input.settings ? { ...config.settings, ...input.settings, rateLimits: { ...config.settings.rateLimits, ...input.settings.rateLimits } } : config.settings;
        sites.set(siteId, { site, settings });
      }),
    setModerator: (siteId, email, role) =>
      callable('setModerator', { siteId, email, role }, ({ email }) => {
        decisions.requireRole(siteId, 'owner');
        const index = roles.findIndex((holder) => holder.email === email);
        if (index >= 0) roles.splice(index, 1);
        if (role) roles.push({ uid: `uid-${email}`, email, role, grantedBy: moderator?.uid ?? null, at: Date.now() });
      }),
    rotateSsoSecret: (siteId) =>
      callable('rotateSsoSecret', { siteId }, () => {
        decisions.requireRole(siteId, 'owner');
        const config = sites.get(siteId);
        if (!config) throw new ParleyError('site-not-found');
        // As the function does: the settings say that a secret exists and since when.
        if (config.settings) sites.set(siteId, { ...config, settings: { ...config.settings, ssoConfigured: true, ssoRotatedAt: Date.now() } });
        return `sso-secret-${calls.length}`;
      }),
  };
}
