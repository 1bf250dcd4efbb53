import { AsyncLocalStorage } from 'node:async_hooks';
import { Firestore, Query, Transaction, WriteBatch } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';

/**
 * Counts the Firestore document reads and writes each function invocation costs, for the
 * benchmark (bench/create-comment.ts). Off unless PARLEY_METER=1: then the Admin SDK's read and
 * write methods are wrapped once, and each metered invocation logs `parley-meter` with its counts.
 */
interface Meter {
  reads: number;
  writes: number;
}

const current = new AsyncLocalStorage<Meter>();
const enabled = process.env.PARLEY_METER === '1';

function add(kind: keyof Meter, amount: number): void {
  const meter = current.getStore();
  if (meter) meter[kind] += amount;
}

/** How many billed reads a get answered: documents found (at least one), or one for an aggregation. */
function readsOf(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  if (result && typeof result === 'object' && 'size' in result) return Math.max(1, (result as { size: number }).size);
  return 1;
}

function wrapAsync(prototype: object, method: string): void {
  const target = prototype as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const original = target[method]!;
  target[method] = async function (this: unknown, ...args: unknown[]) {
    const result = await original.apply(this, args);
    add('reads', readsOf(result));
    return result;
  };
}

function install(): void {
  // The aggregation query class is not exported; take it from an instance.
  const aggregateQuery = Object.getPrototypeOf(new Firestore({ projectId: 'metering' }).collection('any').count()) as object;
  // DocumentReference.get goes through Firestore.getAll, so wrapping getAll counts both once.
  for (const [prototype, method] of [
    [Query.prototype, 'get'],
    [aggregateQuery, 'get'],
    [Firestore.prototype, 'getAll'],
    [Transaction.prototype, 'get'],
    [Transaction.prototype, 'getAll'],
  ] as const) {
    wrapAsync(prototype, method);
  }
  // Transactions write through an internal WriteBatch, so counting batch operations covers both.
  for (const method of ['set', 'create', 'update', 'delete'] as const) {
    const target = WriteBatch.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = target[method]!;
    target[method] = function (this: unknown, ...args: unknown[]) {
      add('writes', 1);
      return original.apply(this, args);
    };
  }
}

if (enabled) install();

/** Wraps a handler so that, when metering is on, its reads and writes are logged per invocation. */
export function metered<A extends unknown[], R>(name: string, handler: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  if (!enabled) return handler;
  return (...args: A) => {
    const meter: Meter = { reads: 0, writes: 0 };
    return current.run(meter, async () => {
      try {
        return await handler(...args);
      } finally {
        logger.info('parley-meter', { fn: name, ...meter });
      }
    });
  };
}
