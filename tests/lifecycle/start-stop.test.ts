import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SITE_ID, DEMO_THREADS } from '../../demo/seed/demo-data.ts';
import { readPorts } from '../../scripts/lib/emulator-config.ts';
import { portAnswers } from '../../scripts/lib/emulator-ports.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

/**
 * `npm start` as a person uses it: started in a terminal (its own process group, as a shell runs
 * a foreground job), stopped with Ctrl-C (SIGINT to that whole group), started again. Runs after
 * the other emulator tests, with nothing else on the emulators' ports.
 */

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

let running: Started | null = null;

function start(): Started {
  const child = spawn(`${ROOT}/node_modules/.bin/tsx`, ['scripts/start.ts'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
  running = { child, output: () => output, exited };
  return running;
}

async function waitFor(started: Started, text: RegExp, ms: number): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const match = started.output().match(text);
    if (match) return match;
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`npm start never printed ${text}; it printed:\n${started.output()}`);
}

/** Ctrl-C in the terminal: SIGINT to the whole foreground process group. */
async function interrupt(started: Started): Promise<void> {
  process.kill(-started.child.pid!, 'SIGINT');
  const code = await Promise.race([started.exited, new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 30_000))]);
  expect(code, `npm start did not stop within 30 s:\n${started.output()}`).not.toBe('late');
  running = null;
}

/** Process ids whose command line mentions the Firestore emulator's jar: java left behind. */
function firestoreJavas(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return command.startsWith('java') || command.includes('/java\0') ? /firestore/.test(command) : false;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** After Ctrl-C: nothing of the group left, no Firestore java, and every emulator port free. */
async function expectAllStopped(started: Started): Promise<void> {
  expect(() => process.kill(-started.child.pid!, 0)).toThrow();
  expect(firestoreJavas()).toEqual([]);
  const ports = readPorts();
  for (const [name, { host, port }] of Object.entries(ports)) expect(await portAnswers(host, port), `${name} port ${port} still answers`).toBe(false);
}

afterEach(async () => {
  if (running) {
    process.kill(-running.child.pid!, 'SIGKILL');
    running = null;
  }
});

describe('npm start', () => {
  it('is ready within 60 s with the demo served, stops everything on Ctrl-C, and starts again right after', async () => {
    const first = start();
    const [, seconds] = await waitFor(first, /Parley is running \(ready in ([\d.]+) s\)/, 90_000);
    expect(Number(seconds)).toBeLessThan(60);
    const hosting = readPorts().hosting;
    expect((await fetch(`http://${hosting.host}:${hosting.port}/`)).status).toBe(200);
    expect((await fetch(`http://${hosting.host}:${hosting.port}/console`)).status).toBe(200);
    await interrupt(first);
    await expectAllStopped(first);

    const second = start();
    await waitFor(second, /Parley is running/, 90_000);
    // The seeded demo is there again: the article's thread has its comments.
    const snapshot = await fetch(`http://${hosting.host}:${hosting.port}/api/thread?site=${DEMO_SITE_ID}&url=${encodeURIComponent(DEMO_THREADS[0]!.url)}`);
    expect(snapshot.status).toBe(200);
    expect(((await snapshot.json()) as { comments: unknown[] }).comments.length).toBeGreaterThan(0);
    await interrupt(second);
    await expectAllStopped(second);
  }, 240_000);

  it('stops everything, java included, when Ctrl-C comes while the emulators are still starting', async () => {
    const started = start();
    await waitFor(started, /Starting the Firebase emulators/, 60_000);
    // Late enough that firebase-tools has launched java, before the emulators are ready.
    const until = Date.now() + 20_000;
    while (firestoreJavas().length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(firestoreJavas().length).toBeGreaterThan(0);
    await interrupt(started);
    await expectAllStopped(started);
  }, 120_000);
});
