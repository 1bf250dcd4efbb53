import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { BanInfo } from '../../../../core/src/api.ts';
import type { ModerationAction } from '../../../../core/src/moderator-requests.ts';
import type { ModeratorClient, QueueItem, SiteUser } from '../../client/moderator/client.ts';
import { ParleyError, type ClientErrorCode } from '../../client/parley-error.ts';
import type { CommentState } from './transitions.ts';

/** A decision the moderator took, with what it replaced so it can be undone or rolled back. */
export type Decision =
  | { kind: 'moderate'; action: ModerationAction; ids: string[]; reason: string; after: Record<string, CommentState> }
  | { kind: 'ban'; uid: string; name: string; hours: number | null; shadow: boolean; reason: string }
  | { kind: 'unban'; uid: string; name: string; reason: string }
  | { kind: 'trust'; uid: string; name: string; trusted: boolean };

/** How a decision shows on an author before the server confirms it. */
export interface UserOverlay {
  ban?: BanInfo | null;
  trusted?: boolean;
}

interface Entry<T> {
  value: T;
  decision: number;
  committed: boolean;
  /** The server's data has shown this state once since the decision was sent. */
  agreed?: boolean;
}

/** A decision that failed on the server, and why. */
export interface Failure {
  decision: Decision;
  code: ClientErrorCode;
}

/**
 * Optimistic decisions with undo. A decision shows at once (an overlay on the server's data) and
 * is held for `undoMs` so the moderator can take it back; it is sent when that time is up, when
 * the next decision is taken (so only the last one can be undone), or on `flush()`. Undoing a held
 * decision is exact: nothing reached the server, nothing is logged. A refused decision is rolled
 * back and reported. Overlays stay until the server's data shows the same state (a kept report:
 * until the comment leaves the list).
 */
export interface DecisionsModel {
  readonly comments: ReadonlySignal<ReadonlyMap<string, CommentState>>;
  readonly users: ReadonlySignal<ReadonlyMap<string, UserOverlay>>;
  /** The held decision, which undo takes back. */
  readonly undoable: ReadonlySignal<Decision | null>;
  readonly failure: ReadonlySignal<Failure | null>;
  decide(decision: Decision): void;
  /** Takes back the held decision; answers it (null when there was none). */
  undo(): Decision | null;
  /** Sends the held decision now. */
  flush(): void;
  /** Tells the model what the server shows now, so confirmed overlays can go. */
  settleComments(items: readonly QueueItem[]): void;
  settleUser(uid: string, user: SiteUser | null): void;
  dismissFailure(): void;
  dispose(): void;
}

/** Creates the decisions model for one site. */
export function createDecisionsModel(client: ModeratorClient, siteId: string, moderatorUid: string, undoMs = 5000): DecisionsModel {
  // Overlays by comment id and by uid; the views below are what components read.
  const comments = new Map<string, Entry<CommentState>>();
  const users = new Map<string, Entry<UserOverlay>>();
  const commentView = signal<ReadonlyMap<string, CommentState>>(new Map());
  const userView = signal<ReadonlyMap<string, UserOverlay>>(new Map());
  const undoable = signal<Decision | null>(null);
  const failure = signal<Failure | null>(null);
  let heldId = 0;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastItems: readonly QueueItem[] = [];
  const lastUsers = new Map<string, SiteUser | null>();

  const publish = () => {
    commentView.value = new Map([...comments].map(([id, entry]) => [id, entry.value]));
    userView.value = new Map([...users].map(([uid, entry]) => [uid, entry.value]));
  };
  const forDecision = (id: number, each: (entry: Entry<unknown>, key: string, map: Map<string, Entry<unknown>>) => void) => {
    for (const map of [comments, users] as Array<Map<string, Entry<unknown>>>) {
      for (const [key, entry] of map) if (entry.decision === id) each(entry, key, map);
    }
  };
  const drop = (id: number) => forDecision(id, (_entry, key, map) => map.delete(key));

  function apply(decision: Decision, id: number) {
    if (decision.kind === 'moderate') {
      for (const commentId of decision.ids) comments.set(commentId, { value: decision.after[commentId]!, decision: id, committed: false });
      return;
    }
    const value: UserOverlay =
      decision.kind === 'trust'
        ? { trusted: decision.trusted }
        : decision.kind === 'unban'
          ? { ban: null }
          : { ban: { until: decision.hours === null ? null : Date.now() + decision.hours * 3_600_000, shadow: decision.shadow, reason: decision.reason, by: moderatorUid, at: Date.now() } };
    users.set(decision.uid, { value: { ...users.get(decision.uid)?.value, ...value }, decision: id, committed: false });
  }

  function send(decision: Decision): Promise<unknown> {
    switch (decision.kind) {
      case 'moderate':
        return client.moderate(siteId, decision.ids, decision.action, decision.reason);
      case 'ban':
        return client.banUser(siteId, decision.uid, decision.hours, decision.shadow, decision.reason);
      case 'unban':
        return client.unbanUser(siteId, decision.uid, decision.reason);
      case 'trust':
        return client.trustUser(siteId, decision.uid, decision.trusted);
    }
  }

  function commit(decision: Decision, id: number) {
    send(decision).then(
      () => {
        forDecision(id, (entry) => {
          entry.committed = true;
        });
        settle();
      },
      (error: unknown) =>
        batch(() => {
          drop(id);
          failure.value = { decision, code: ParleyError.from(error).code };
          publish();
        }),
    );
  }

  function settle() {
    const byId = new Map(lastItems.map((item) => [item.id, item]));
    for (const [key, entry] of comments) {
      if (!entry.committed) continue;
      const server = byId.get(key);
      const agrees = !!server && server.status === entry.value.status && server.pinned === entry.value.pinned;
      if (!server || (agrees && !entry.value.reviewed)) comments.delete(key);
      // Kept reports leave the reported queue when the list drops the comment, not when its
      // status agrees (it may have agreed all along); a later change by someone else ends it.
      else if (agrees) entry.agreed = true;
      else if (entry.value.reviewed && entry.agreed) comments.delete(key);
    }
    for (const [uid, entry] of users) {
      if (!entry.committed || !lastUsers.has(uid)) continue;
      const server = lastUsers.get(uid) ?? null;
      const banAgrees = entry.value.ban === undefined || (entry.value.ban === null) === (server?.ban == null);
      const trustAgrees = entry.value.trusted === undefined || entry.value.trusted === (server?.trusted ?? false);
      if (banAgrees && trustAgrees) users.delete(uid);
    }
    publish();
  }

  function flush() {
    clearTimeout(timer);
    const held = undoable.peek();
    if (!held) return;
    undoable.value = null;
    commit(held, heldId);
  }

  return {
    comments: commentView,
    users: userView,
    undoable,
    failure,
    decide(decision) {
      batch(() => {
        flush();
        failure.value = null;
        heldId = ++sequence;
        apply(decision, heldId);
        undoable.value = decision;
        publish();
      });
      timer = setTimeout(flush, undoMs);
    },
    undo() {
      const held = undoable.peek();
      if (!held) return null;
      clearTimeout(timer);
      batch(() => {
        undoable.value = null;
        drop(heldId);
        publish();
      });
      return held;
    },
    flush,
    settleComments(items) {
      lastItems = items;
      settle();
    },
    settleUser(uid, user) {
      lastUsers.set(uid, user);
      settle();
    },
    dismissFailure() {
      failure.value = null;
    },
    dispose: flush,
  };
}
