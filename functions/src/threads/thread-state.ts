import type { CallInput } from '../../../core/src/callables.ts';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { ThreadStateResult } from '../../../core/src/api.ts';
import { requireRole } from '../identity/require-role.ts';
import { db } from '../shared/app.ts';
import { callable } from '../shared/callable.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';

/** Closes or reopens a thread, or sets it to pre-moderation; each change is recorded. */
export async function setThreadState(input: CallInput<'setThreadState'>, request: CallableRequest<unknown>): Promise<ThreadStateResult> {
  const { siteId, threadId, closed, premoderate } = input;
  const actor = await requireRole(request, siteId, 'moderator');
  const ref = col.threads().doc(threadId);
  return db.runTransaction(async (tx) => {
    const thread = (await tx.get(ref)).data();
    if (!thread || thread.siteId !== siteId) refuse('thread-not-found');
    const next = { closed: closed ?? thread.closed, premoderate: premoderate ?? thread.premoderate };
    tx.update(ref, next);
    const now = Timestamp.now();
    const record = (action: string) =>
      tx.create(col.actions().doc(), { siteId, by: actor.uid, byName: actor.name, action, commentId: null, revision: null, targetUid: null, reason: `thread ${threadId}`, at: now });
    if (next.closed !== thread.closed) record(next.closed ? 'close-thread' : 'reopen-thread');
    if (next.premoderate !== thread.premoderate) record(next.premoderate ? 'premoderate-thread' : 'postmoderate-thread');
    return { threadId, ...next };
  });
}

/** The callable. */
export const setThreadStateFn = callable('setThreadState', setThreadState);
