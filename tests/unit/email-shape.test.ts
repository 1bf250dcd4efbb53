import { describe, expect, it } from 'vitest';
import { check, GuestSchema } from '../../core/src/validation.ts';
import { isEmailShaped } from '../../widget/src/composer/email-shape.ts';

const serverTakes = (email: string) => check(GuestSchema, { name: 'Ann', email }).ok;

describe("the widget's email shape check", () => {
  it.each([
    'ann@example.com',
    ' ann@example.com ',
    'ANN@Example.COM',
    'ann.lee+news@mail.example.co.uk',
    'a_b-c@sub-domain.example.org',
    'x@y.io',
    '1234@example.museum',
  ])('takes %j, as the server does', (email) => {
    expect(serverTakes(email)).toBe(true);
    expect(isEmailShaped(email)).toBe(true);
  });

  it.each(['ann', 'ann@', '@example.com', 'ann@example', 'ann@example.c', 'ann @example.com', 'ann@exa mple.com', 'ann@@example.com', 'ann@example.com@x.org'])(
    'refuses %j, which the server refuses too',
    (email) => {
      expect(serverTakes(email)).toBe(false);
      expect(isEmailShaped(email)).toBe(false);
    },
  );
});
