import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../core/src/errors.ts';

describe('the API documentation', () => {
  const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

  it.each(Object.keys(ERROR_CODES))('lists the error code %s with its meaning', (code) => {
    expect(doc).toMatch(new RegExp(`\\| \`${code}\` \\| \`${ERROR_CODES[code as keyof typeof ERROR_CODES]}\` \\| .{10,}`));
  });

  it('lists every exported callable', async () => {
    const index = readFileSync(new URL('../../functions/src/index.ts', import.meta.url), 'utf8');
    const callables = [...index.matchAll(/as (\w+)\b/g)].map((match) => match[1]!).filter((name) => !['threadSnapshot', 'threadCounts'].includes(name));
    expect(callables.length).toBeGreaterThan(10);
    for (const name of callables) expect(doc).toContain(`\`${name}\``);
  });
});
