import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../widget/src/client/parley-error.ts';

describe('ParleyError.from', () => {
  it.each([
    ['a callable refusal with a code', { code: 'functions/invalid-argument', details: { code: 'email-invalid', field: 'email' } }, 'email-invalid', 'email'],
    ['a body code', { details: { code: 'body-too-long' } }, 'body-too-long', 'body'],
    ['a code for the form as a whole', { details: { code: 'rate-limited' } }, 'rate-limited', null],
    ['an unreachable function', { code: 'functions/unavailable' }, 'network', null],
    ['an auth network failure', { code: 'auth/network-request-failed' }, 'network', null],
    ['a malformed code', { details: { code: '<script>' } }, 'internal', null],
    ['no details at all', new Error('boom'), 'internal', null],
    ['nothing', null, 'internal', null],
  ])('reads %s', (_name, error, code, field) => {
    const converted = ParleyError.from(error);
    expect(converted.code).toBe(code);
    expect(converted.field).toBe(field);
  });

  it('never reads the message text', () => {
    expect(ParleyError.from({ message: 'email-invalid' }).code).toBe('internal');
  });
});
