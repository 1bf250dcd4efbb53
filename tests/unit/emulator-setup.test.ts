import { describe, expect, it } from 'vitest';
import { assertReachablePort } from '../../scripts/lib/emulator-config.ts';
import { childrenOf } from '../../scripts/lib/emulator-processes.ts';
import { parseJavaMajor } from '../../scripts/lib/java.ts';
import { jarManifest } from '../../scripts/lib/zip.ts';

describe('finding Java', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "25.0.3" 2026-04-21 LTS', 25],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ['no java here', null],
  ])('reads the major version from %j', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('the Firestore launcher manifest', () => {
  it('wraps long attributes into 72-byte lines continued by a space', () => {
    const manifest = jarManifest({ 'Class-Path': `file:///${'x'.repeat(150)}.jar` });
    const lines = manifest.split('\r\n').filter(Boolean);
    expect(lines.every((line) => Buffer.byteLength(line) <= 72)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`Class-Path: file:///${'x'.repeat(150)}.jar`);
    expect(manifest.endsWith('\r\n\r\n')).toBe(true);
  });
});

describe('emulator ports', () => {
  it('refuses a port offset that lands an emulator on a port browsers block, naming it', () => {
    expect(() => assertReachablePort('firestore', 10080, 2000)).toThrow(/firestore emulator would listen on port 10080 .*PARLEY_PORT_OFFSET=2000/);
  });

  it('accepts an ordinary port', () => {
    expect(() => assertReachablePort('firestore', 10180, 2100)).not.toThrow();
  });
});

describe('stopping the emulators', () => {
  it('finds the processes a process started, so detached ones (java) can be stopped too', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], { detached: true, stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(childrenOf(process.pid)).toContain(child.pid);
      expect(childrenOf(child.pid!)).toEqual([]);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
