import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { findJava } from './java.ts';
import { planFirestoreJar } from './firestore-jar.ts';
import { SetupError } from './setup-error.ts';
import { PROJECT_ID, ROOT } from './paths.ts';

/** Emulators every Parley run needs. */
export const EMULATORS = ['auth', 'firestore', 'functions', 'hosting'] as const;
type EmulatorName = (typeof EMULATORS)[number] | 'hub' | 'logging';

/** host:port of each emulator, read from firebase.json. */
export type EmulatorPorts = Record<EmulatorName, { host: string; port: number }>;

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

interface FirebaseConfig {
  emulators: Record<string, { host?: string; port?: number; websocketPort?: number } | boolean>;
}

/**
 * PARLEY_PORT_OFFSET shifts every emulator port, so a second checkout (a git worktree) can run
 * its own suite beside this one. It is read at build time too: the widget is built for the ports.
 */
function portOffset(): number {
  const offset = Number(process.env.PARLEY_PORT_OFFSET ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || offset > 20_000) throw new SetupError('PARLEY_PORT_OFFSET must be a whole number from 0 to 20000.');
  return offset;
}

function readConfig(): FirebaseConfig {
  return JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as FirebaseConfig;
}

/** The firebase.json to start with: itself, or (with a port offset) a copy with shifted ports. */
function configWithOffset(): { path: string | null; config: FirebaseConfig } {
  const config = readConfig();
  const offset = portOffset();
  if (offset === 0) return { path: null, config };
  for (const entry of Object.values(config.emulators)) {
    if (typeof entry !== 'object') continue;
    if (entry.port) entry.port += offset;
    if (entry.websocketPort) entry.websocketPort += offset;
  }
  // Beside firebase.json, so its relative paths (dist, functions, rules) still hold.
  const path = join(ROOT, 'firebase.offset.json');
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return { path, config };
}

/**
 * Ports the Fetch standard blocks ("bad ports"): browsers and Node's fetch refuse to connect to
 * them, so an emulator there is unreachable from the widget and the tests.
 */
export const BLOCKED_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115,
  117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563,
  587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

/** Refuses a port that browsers and fetch will not connect to, naming the emulator and the offset. */
export function assertReachablePort(name: string, port: number, offset: number): void {
  if (!BLOCKED_PORTS.has(port)) return;
  throw new SetupError(
    `The ${name} emulator would listen on port ${port}${offset ? ` (firebase.json's port + PARLEY_PORT_OFFSET=${offset})` : ''}, ` +
      'which browsers and fetch refuse to connect to. Choose another PARLEY_PORT_OFFSET or port.',
  );
}

/** Reads the emulator hosts and ports from firebase.json (shifted by PARLEY_PORT_OFFSET). */
export function readPorts(): EmulatorPorts {
  const config = readConfig();
  const offset = portOffset();
  const ports = {} as EmulatorPorts;
  for (const name of [...EMULATORS, 'hub', 'logging'] as EmulatorName[]) {
    const entry = config.emulators[name];
    if (typeof entry !== 'object' || !entry.port) throw new SetupError(`firebase.json has no port for the ${name} emulator.`);
    ports[name] = { host: entry.host ?? '127.0.0.1', port: entry.port + offset };
    assertReachablePort(name, ports[name].port, offset);
  }
  return ports;
}

/** Environment variables the Admin SDK and @firebase/rules-unit-testing read to find emulators. */
export function emulatorEnv(ports: EmulatorPorts): Record<string, string> {
  const at = (name: EmulatorName) => `${ports[name].host}:${ports[name].port}`;
  return {
    GCLOUD_PROJECT: PROJECT_ID,
    // The Admin SDK needs no credentials for emulators; stop it probing the GCE metadata server.
    METADATA_SERVER_DETECTION: 'none',
    FIREBASE_PROJECT_ID: PROJECT_ID,
    FIRESTORE_EMULATOR_HOST: at('firestore'),
    FIREBASE_AUTH_EMULATOR_HOST: at('auth'),
    FIREBASE_EMULATOR_HUB: at('hub'),
    PARLEY_FUNCTIONS_ORIGIN: `http://${at('functions')}`,
    PARLEY_HOSTING_ORIGIN: `http://${at('hosting')}`,
  };
}

/** Resolves when the port is free; rejects with a SetupError naming the emulator and what to do. */
export function assertPortFree(name: string, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(
        new SetupError(
          `Port ${port} (${name} emulator) is already in use. Stop whatever holds it ` +
            `(another \`npm start\`? see \`lsof -i :${port}\`) or change "emulators.${name}.port" in firebase.json.`,
        ),
      ),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** Whether something accepts connections on a port, within half a second (an emulator running there). */
export function portAnswers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 500 });
    const done = (value: boolean) => {
      socket.destroy();
      resolve(value);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** Starts the Auth, Firestore, Functions and Hosting emulators and waits until they are ready. */
export async function startEmulators(options: { log?: (line: string) => void; logFile?: string } = {}): Promise<RunningEmulators> {
  const log = options.log ?? (() => {});
  if (!existsSync(join(ROOT, 'functions/lib/index.js'))) {
    throw new SetupError('functions/lib/index.js is missing: run `npm run build` first.');
  }
  if (!existsSync(join(ROOT, 'dist/embed.js'))) {
    throw new SetupError('dist/embed.js is missing: run `npm run build` first.');
  }
  const ports = readPorts();
  for (const name of Object.keys(ports) as EmulatorName[]) {
    await assertPortFree(name, ports[name].host, ports[name].port);
  }
  const firestoreConfig = readConfig().emulators.firestore;
  if (typeof firestoreConfig === 'object' && firestoreConfig.websocketPort) {
    assertReachablePort('firestore websocket', firestoreConfig.websocketPort + portOffset(), portOffset());
    await assertPortFree('firestore websocket', ports.firestore.host, firestoreConfig.websocketPort + portOffset());
  }
  const { path: configPath } = configWithOffset();

  const java = findJava();
  const cacheDir = join(ROOT, '.cache');
  mkdirSync(cacheDir, { recursive: true });
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

  const require = createRequire(import.meta.url);
  const firebaseBin = join(dirname(require.resolve('firebase-tools/package.json')), 'lib/bin/firebase.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [firebaseBin, 'emulators:start', '--project', PROJECT_ID, '--only', EMULATORS.join(','), ...(configPath ? ['--config', configPath] : [])],
    { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const logFile = createWriteStream(options.logFile ?? join(cacheDir, 'emulators.log'));
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      logFile.write(chunk);
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

  // firebase-tools starts java detached, in a process group of its own, and may leave it behind
  // when stopped mid-start. Its children are noted while it starts (and again when stopping),
  // each with its command line, so that only those very processes are killed later.
  const children = new Map<number, string>();
  const noteChildren = () => {
    for (const pid of child.pid ? childrenOf(child.pid) : []) if (!children.has(pid)) children.set(pid, commandOf(pid));
  };
  const watching = setInterval(noteChildren, 250);

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      clearInterval(watching);
      if (child.exitCode === null && child.signalCode === null) {
        noteChildren();
        killGroup(child, 'SIGINT');
        await Promise.race([exited, delay(15_000)]);
        // firebase-tools stops java on SIGINT; whatever is still alive (when it did not finish in time) goes now.
        killGroup(child, 'SIGKILL');
      }
      // A java firebase-tools launched after the last look (it goes on starting after SIGINT) is
      // no longer its child once it exits: it is found by the Firestore port this start gave it.
      const port = `--port\0${ports.firestore.port}\0`;
      const late = processes().filter((pid) => !children.has(pid) && /firestore/.test(commandOf(pid)) && commandOf(pid).includes(port));
      for (const pid of late) children.set(pid, commandOf(pid));
      const leftovers = [...children].filter(([pid, command]) => command !== '' && commandOf(pid) === command).map(([pid]) => pid);
      for (const pid of leftovers) killIfAlive(pid);
      // A killed process lingers a moment: stopping means they are gone, ports and all.
      await untilGone(leftovers, 5_000);
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
  const timeout = delay(120_000).then(() => {
    throw new SetupError('The emulators took more than 120 s to start; see .cache/emulators.log.');
  });
  try {
    await Promise.race([ready, timeout]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    clearInterval(watching);
    noteChildren();
  }
  return { ports, env: emulatorEnv(ports), stop, exited };
}

/** Every process id, from /proc (empty where there is no /proc). */
function processes(): number[] {
  try {
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

/** The direct children of a process, from /proc (empty where there is no /proc). */
export function childrenOf(pid: number): number[] {
  return processes().filter((candidate) => {
    try {
      // "pid (command) state ppid …": the command may hold spaces, so read after its closing bracket.
      const stat = readFileSync(`/proc/${candidate}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
    } catch {
      return false;
    }
  });
}

/** A process's command line ('' when it has ended, or is a zombie, or on a system without /proc). */
function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** Waits (at most `ms`) until the processes have ended. */
async function untilGone(pids: readonly number[], ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (pids.some((pid) => commandOf(pid) !== '') && Date.now() < until) await delay(50);
}

function killIfAlive(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
