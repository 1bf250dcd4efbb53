import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ID, ROOT } from './paths.ts';
import { SetupError } from './setup-error.ts';

/** The emulators' configuration: which ones run, on which ports (firebase.json, shifted by PARLEY_PORT_OFFSET), and the environment that finds them. */

/** Emulators every Parley run needs. */
export const EMULATORS = ['auth', 'firestore', 'functions', 'hosting'] as const;
/** An emulator, or one of firebase-tools' own servers. */
export type EmulatorName = (typeof EMULATORS)[number] | 'hub' | 'logging';

/** host:port of each emulator, read from firebase.json. */
export type EmulatorPorts = Record<EmulatorName, { host: string; port: number }>;

interface FirebaseConfig {
  emulators: Record<string, { host?: string; port?: number; websocketPort?: number } | boolean>;
}

/**
 * PARLEY_PORT_OFFSET shifts every emulator port, so a second checkout (a git worktree) can run
 * its own suite beside this one. It is read at build time too: the widget is built for the ports.
 */
export function portOffset(): number {
  const offset = Number(process.env.PARLEY_PORT_OFFSET ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || offset > 20_000) throw new SetupError('PARLEY_PORT_OFFSET must be a whole number from 0 to 20000.');
  return offset;
}

function readConfig(): FirebaseConfig {
  return JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as FirebaseConfig;
}

/** The Firestore emulator's WebSocket port (shifted), when firebase.json names one. */
export function firestoreWebsocketPort(): number | null {
  const entry = readConfig().emulators.firestore;
  return typeof entry === 'object' && entry.websocketPort ? entry.websocketPort + portOffset() : null;
}

/** The firebase.json to start with: null for itself, or (with a port offset) the path of a copy with shifted ports. */
export function configWithOffset(): string | null {
  const config = readConfig();
  const offset = portOffset();
  if (offset === 0) return null;
  for (const entry of Object.values(config.emulators)) {
    if (typeof entry !== 'object') continue;
    if (entry.port) entry.port += offset;
    if (entry.websocketPort) entry.websocketPort += offset;
  }
  // Beside firebase.json, so its relative paths (dist, functions, rules) still hold.
  const path = join(ROOT, 'firebase.offset.json');
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return path;
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
