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

describe('the README and the strict-CSP demo page', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const config = JSON.parse(readFileSync(new URL('../../firebase.json', import.meta.url), 'utf8')) as { hosting: { headers: Array<{ source: string; headers: Array<{ key: string; value: string }> }> } };
  const policyOf = (source: string) => config.hosting.headers.find((entry) => entry.source === source)?.headers.find((header) => header.key === 'Content-Security-Policy')?.value ?? '';
  const directives = (policy: string) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  /** The README's table row for a directive: its backticked entries, the nonce and project placeholders as the demo fills them. */
  const documented = (name: string) => {
    const row = new RegExp(`^\\| \`${name}\` \\| (.*) \\|$`, 'm').exec(readme)?.[1] ?? '';
    return [...row.matchAll(/`([^`]+)`/g)]
      .flatMap((match) => match[1]!.split(' '))
      .map((entry) => entry.replace("'nonce-…'", "'nonce-parley-demo-nonce'").replace('https://YOUR-PROJECT.web.app', "'self'").replace('https://REGION-YOUR-PROJECT.cloudfunctions.net', 'https://*.cloudfunctions.net'));
  };
  const policy = directives(policyOf('/csp'));

  it('serves /csp and /csp.html with the same policy', () => {
    expect(policyOf('/csp')).not.toBe('');
    expect(policyOf('/csp.html')).toBe(policyOf('/csp'));
  });

  it('grants nothing by default, and scripts and styles by the nonce only, as the README says', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'nonce-parley-demo-nonce'", "'strict-dynamic'"]);
    expect(documented('script-src')).toEqual(expect.arrayContaining(policy.get('script-src')!));
    expect(policy.get('style-src')).toEqual(documented('style-src'));
    expect(policy.get('style-src')).toEqual(["'nonce-parley-demo-nonce'"]);
  });

  it('allows exactly the README’s connect-src origins, plus the local emulators', () => {
    expect(documented('connect-src').length).toBeGreaterThan(3);
    expect(policy.get('connect-src')).toEqual([...documented('connect-src'), 'http://127.0.0.1:*']);
    // data: is the page's own favicon, not Parley's.
    expect(policy.get('img-src')).toEqual([...documented('img-src').filter((entry) => entry === 'https:'), 'data:']);
    expect(policy.has('frame-src')).toBe(false);
  });

  it('prints the demo policy in the README as it is served', () => {
    const printed = /default-src 'none';[^`]*/.exec(readme)?.[0].replace(/\s+/g, ' ').trim();
    expect(printed?.replaceAll("'nonce-…'", "'nonce-parley-demo-nonce'")).toBe(policyOf('/csp'));
  });
});
