import { AggregateField, FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { Writer } from '../shared/writer.ts';
import { col } from '../shared/collections.ts';

/**
 * A thread's approved-comment count, kept in shards so a busy thread never writes one document
 * more than about once a second per shard. Readers of the count sum the shards with a `sum()`
 * aggregation: one billed read, however many shards exist.
 */
export const COUNTER_SHARDS = 20;

/** Adds `delta` to a random shard of the thread's approved count (a blind write: no read, no lock). */
export function addApproved(tx: Writer, siteId: string, threadId: string, delta: number): void {
  if (delta === 0) return;
  const shard = col.counters(threadId).doc(String(Math.floor(Math.random() * COUNTER_SHARDS)));
  tx.set(shard, { siteId, threadId, approved: FieldValue.increment(delta) as unknown as number }, { merge: true });
}

/**
 * Sums the shards of one thread on the server (0 for a thread without shards); inside `tx` when
 * given, so the count agrees with the transaction's other reads.
 */
export async function approvedCount(threadId: string, tx?: Transaction): Promise<number> {
  const sum = col.counters(threadId).aggregate({ approved: AggregateField.sum('approved') });
  const total = await (tx ? tx.get(sum) : sum.get());
  return total.data().approved;
}
