import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertPortFree } from '../../scripts/lib/emulator-ports.ts';
import { findJava } from '../../scripts/lib/java.ts';
import { SetupError } from '../../scripts/lib/setup-error.ts';

function fakeJdk(version: string): string {
  const home = mkdtempSync(join(tmpdir(), 'parley-jdk-'));
  mkdirSync(join(home, 'bin'));
  const java = join(home, 'bin', 'java');
  writeFileSync(java, `#!/bin/sh\necho 'openjdk version "${version}" 2025-01-01' >&2\n`);
  chmodSync(java, 0o755);
  return home;
}

describe('starting the emulators on a machine that lacks something', () => {
  it('names what to install when only an old Java is found', () => {
    const old = fakeJdk('17.0.9');
    const attempt = () => findJava({ JAVA_HOME: old, PATH: '/nonexistent' }, []);
    expect(attempt).toThrow(SetupError);
    expect(attempt).toThrow(/needs Java 21 or newer\. Found only: .*\(17\)\. Install one .*openjdk-21/);
  });

  it('takes a new enough Java from JAVA_HOME', () => {
    const home = fakeJdk('21.0.2');
    expect(findJava({ JAVA_HOME: home, PATH: '/nonexistent' }, [])).toMatchObject({ home, major: 21 });
  });

  it('finds a JDK in the system folder when PATH has only an old one', () => {
    const root = mkdtempSync(join(tmpdir(), 'parley-jvm-'));
    const modern = fakeJdk('25');
    const linked = join(root, 'jdk-25');
    mkdirSync(join(linked, 'bin'), { recursive: true });
    writeFileSync(join(linked, 'bin', 'java'), `#!/bin/sh\nexec ${join(modern, 'bin', 'java')} "$@"\n`);
    chmodSync(join(linked, 'bin', 'java'), 0o755);
    expect(findJava({ PATH: join(fakeJdk('17'), 'bin') }, [root])).toMatchObject({ home: linked, major: 25 });
  });

  it('reports a taken port by emulator name, with what to do', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      await expect(assertPortFree('firestore', '127.0.0.1', port)).rejects.toThrow(
        new RegExp(`Port ${port} \\(firestore emulator\\) is already in use.*firebase\\.json`),
      );
    } finally {
      server.close();
    }
  });
});
