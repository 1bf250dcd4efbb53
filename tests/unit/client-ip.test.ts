import { describe, expect, it } from 'vitest';
import { clientIp } from '../../functions/src/comments/comment-context.ts';

function raw(headers: Record<string, string>, remoteAddress?: string) {
  return { get: (name: string) => headers[name.toLowerCase()], socket: { remoteAddress }, ip: '1.1.1.1' } as never;
}

describe("the caller's IP address", () => {
  it.each([
    ['takes the address the front end saw, not what the client wrote first', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 35.191.0.1' }, '198.51.100.7'],
    ['takes the only entry when there is one', { 'x-forwarded-for': '198.51.100.7' }, '198.51.100.7'],
  ])('%s', (_name, headers, expected) => {
    expect(clientIp(raw(headers))).toBe(expected);
  });

  it('falls back to the socket peer when nothing was forwarded', () => {
    expect(clientIp(raw({}, '203.0.113.1'))).toBe('203.0.113.1');
  });
});
