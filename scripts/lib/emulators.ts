import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { configWithOffset, emulatorEnv, EMULATORS, readPorts, type EmulatorPorts } from './emulator-config.ts';
import { assertPortsFree } from './emulator-ports.ts';
import { delay, killGroup, watchChildren } from './emulator-processes.ts';
import { planFirestoreJar } from './firestore-jar.ts';
import { findJava } from './java.ts';
import { PROJECT_ID, ROOT } from './paths.ts';
import { SetupError } from './setup-error.ts';

/** Starting and stopping the emulator suite (configuration, port checks and clean-up live beside it). */

export { EMULATORS, readPorts, type EmulatorPorts } from './emulator-config.ts';

/** A running emulator suite. */
export interface RunningEmulators {
  ports: EmulatorPorts;
  /** Environment that points Admin SDKs and tests at these emulators. */
  env: Record<string, string>;
  /** Stops firebase-tools and everything it started (java included). Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the suite exits on its own (a crash), with its exit code. */
  exited: Promise<number | null>;
}

/** How long the suite may take to say it is ready. */
const START_TIMEOUT_MS = 120_000;

/** Starts the Auth, Firestore, Functions and Hosting emulators and waits until they are ready. */
export async function startEmulators(options: { log?: (line: string) => void; logFile?: string } = {}): Promise<RunningEmulators> {
  const log = options.log ?? (() => {});
  for (const built of ['functions/lib/index.js', 'dist/embed.js']) {
    if (!existsSync(join(ROOT, built))) throw new SetupError(`${built} is missing: run \`npm run build\` first.`);
  }
  const ports = readPorts();
  await assertPortsFree(ports);
  const configPath = configWithOffset();
  const cacheDir = join(ROOT, '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const env = await emulatorProcessEnv(cacheDir, log);

  const require = createRequire(import.meta.url);
  const firebaseBin = join(dirname(require.resolve('firebase-tools/package.json')), 'lib/bin/firebase.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [firebaseBin, 'emulators:start', '--project', PROJECT_ID, '--only', EMULATORS.join(','), ...(configPath ? ['--config', configPath] : [])],
    { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const logFile = createWriteStream(options.logFile ?? join(cacheDir, 'emulators.log'));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = untilReady(child, exited, (chunk) => logFile.write(chunk));
  const children = watchChildren(child, ports.firestore.port);

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      children.pause();
      if (child.exitCode === null && child.signalCode === null) {
        children.note();
        killGroup(child, 'SIGINT');
        await Promise.race([exited, delay(15_000)]);
        // firebase-tools stops java on SIGINT; whatever is still alive (when it did not finish in time) goes now.
        killGroup(child, 'SIGKILL');
      }
      await children.killLeftovers();
      logFile.end();
    })();
    return stopping;
  };

  // firebase-tools runs in a process group of its own, which a terminal's Ctrl-C does not reach:
  // until the caller installs its own handlers (once the emulators are ready), an interrupt
  // during the start stops them here, java included, and ends the process.
  const interrupted = () => void stop().then(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const timeout = delay(START_TIMEOUT_MS).then(() => {
    throw new SetupError(`The emulators took more than ${START_TIMEOUT_MS / 1000} s to start; see .cache/emulators.log.`);
  });
  try {
    await Promise.race([ready, timeout]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    children.pause();
    children.note();
  }
  return { ports, env: emulatorEnv(ports), stop, exited };
}

/** The emulator process's environment: a Java 21+ for it alone, and the Firestore jar to run. */
async function emulatorProcessEnv(cacheDir: string, log: (line: string) => void): Promise<NodeJS.ProcessEnv> {
  const java = findJava();
  const plan = await planFirestoreJar(cacheDir);
  log(
    plan.kind === 'launcher'
      ? `Java ${java.major} (${java.bin}); Firestore emulator from ${plan.jar}`
      : `Java ${java.major} (${java.bin}); Firestore emulator: firebase-tools' own jar (${plan.kind})`,
  );
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  if (java.home) {
    env.JAVA_HOME = java.home;
    env.PATH = `${join(java.home, 'bin')}${delimiter}${process.env.PATH ?? ''}`;
  }
  if (plan.kind === 'launcher') env.FIRESTORE_EMULATOR_BINARY_PATH = plan.path;
  return env;
}

/** Resolves when firebase-tools says every emulator is ready; rejects with its last words when it exits first. */
function untilReady(child: ChildProcess, exited: Promise<number | null>, record: (chunk: Buffer) => void): Promise<void> {
  let output = '';
  return new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      record(chunk);
      output += chunk.toString();
      if (output.includes('All emulators ready')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      const tail = output.trim().split('\n').slice(-8).join('\n');
      reject(new SetupError(`The emulators exited (code ${code}) before they were ready. Last output:\n${tail}`));
    });
  });
}
