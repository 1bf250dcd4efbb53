import type { Transaction, WriteBatch } from 'firebase-admin/firestore';

/**
 * What the shared write helpers need: a transaction or a batch. Batches with preconditions are
 * used where many writers touch the same hot documents (counters), because they take no locks.
 */
export type Writer = Pick<WriteBatch, 'set' | 'update' | 'create' | 'delete'>;

/** A transaction seen as a Writer (the methods match; only the return types differ). */
export function asWriter(tx: Transaction): Writer {
  return tx as unknown as Writer;
}

/** Firestore's gRPC codes for a failed precondition or an existing document: a concurrent writer won; read again and retry. */
export function isLostRace(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 9 || code === 6 || code === 10;
}
