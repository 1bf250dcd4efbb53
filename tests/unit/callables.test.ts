import { describe, expect, it } from 'vitest';
import { CALLABLE_SCHEMAS } from '../../core/src/callable-schemas.ts';
import type { CallableName, CallRequest, CallResult } from '../../core/src/callables.ts';
import { check } from '../../core/src/validation.ts';

/** A stand-in for a client's typed `call`: only its signature matters to the type checks below. */
declare function call<N extends CallableName>(name: N, data: CallRequest<N>): Promise<CallResult<N>>;

/**
 * Type-level checks, proved by `tsc -p tests` (npm test's type-check step): each `@ts-expect-error`
 * line must be an error, or the directive itself fails the check.
 */
export async function typeChecks(): Promise<void> {
  // A wrong field name, a wrong field type, a missing field and an unknown callable are refused.
  // @ts-expect-error `comment` is not a field of deleteComment's request (it takes `commentId`).
  await call('deleteComment', { siteId: 'demo', comment: 'c1' });
  // @ts-expect-error `reaction` is one of the reactions, not any string.
  await call('reactToComment', { siteId: 'demo', commentId: 'c1', reaction: 'angry' });
  // @ts-expect-error `requestId` is required.
  await call('createComment', { siteId: 'demo', thread: { url: 'https://example.com/a' }, body: 'Hi' });
  // @ts-expect-error no such callable.
  await call('createComments', {});
  // The answer is typed: a moderation call answers the changed and unchanged ids.
  const moderated = await call('moderateComments', { siteId: 'demo', ids: ['c1'], action: 'approve' });
  // @ts-expect-error `moderateComments` answers `changed`, not `comments`.
  void moderated.comments;
  void moderated.changed.length;
}

describe('the callable contract', () => {
  it('has a request schema for every callable, which refuses a payload of the wrong shape', () => {
    const names = Object.keys(CALLABLE_SCHEMAS) as CallableName[];
    expect(names.length).toBeGreaterThanOrEqual(18);
    for (const name of names) {
      if (name === 'exportMyData' || name === 'deleteMyAccount') continue;
      expect(check(CALLABLE_SCHEMAS[name], { unexpected: true }).ok, name).toBe(false);
    }
  });

  it('takes an absent payload as no fields where a callable takes none', () => {
    expect(check(CALLABLE_SCHEMAS.exportMyData, undefined)).toEqual({ ok: true, value: {} });
    expect(check(CALLABLE_SCHEMAS.deleteMyAccount, null)).toEqual({ ok: true, value: {} });
    expect(check(CALLABLE_SCHEMAS.deleteMyAccount, { extra: 1 }).ok).toBe(false);
  });
});
