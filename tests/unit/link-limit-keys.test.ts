import { describe, expect, it } from 'vitest';
import { networkKey } from '../../functions/src/comments/comment-context.ts';
import { addressKey, mailboxOf } from '../../functions/src/identity/email-link.ts';

describe("sign-in links' per-IP limit", () => {
  it('counts an IPv6 client by its /64 network, however the address is written', () => {
    const key = networkKey('2001:db8:85a3:12::1');
    expect(networkKey('2001:db8:85a3:12:ffff:ffff:ffff:fffe')).toBe(key);
    expect(networkKey('2001:0DB8:85A3:0012:0:0:0:7')).toBe(key);
    expect(networkKey('2001:db8:85a3:12::1%eth0')).toBe(key);
    expect(networkKey('2001:db8:85a3:13::1')).not.toBe(key);
    expect(networkKey('2001:db8::1')).toBe(networkKey('2001:db8:0:0:1::'));
    expect(networkKey('::1')).toBe(networkKey('0:0:0:0:0:0:0:1'));
    // It names a Firestore document.
    expect(key).toMatch(/^[^/]+$/);
  });

  it('counts an IPv4 client by its address, also written IPv4-mapped', () => {
    expect(networkKey('198.51.100.7')).toBe('ip_198.51.100.7');
    expect(networkKey('::ffff:198.51.100.7')).toBe('ip_198.51.100.7');
    expect(networkKey('198.51.100.8')).not.toBe(networkKey('198.51.100.7'));
  });
});

describe("sign-in links' per-address limit", () => {
  it('counts the mailbox an address delivers to, not each spelling of it', () => {
    expect(mailboxOf('john@gmail.com')).toBe('john@gmail.com');
    for (const spelling of ['J.O.H.N@Gmail.com', 'john+news@gmail.com', 'jo.hn+a+b@googlemail.com']) expect(addressKey(spelling), spelling).toBe(addressKey('john@gmail.com'));
    expect(addressKey('ann+work@example.com')).toBe(addressKey('ann@example.com'));
    // Dots matter at other providers; different people stay apart.
    expect(addressKey('a.nn@example.com')).not.toBe(addressKey('ann@example.com'));
    expect(addressKey('joan@gmail.com')).not.toBe(addressKey('john@gmail.com'));
    expect(mailboxOf('+only@example.com')).toBe('+only@example.com');
  });
});
