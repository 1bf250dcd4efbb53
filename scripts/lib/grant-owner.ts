import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Firestore } from 'firebase-admin/firestore';
import * as v from 'valibot';
import { NameSchema } from '../../core/src/validation.ts';
import { readPorts } from './emulator-config.ts';
import { portAnswers } from './emulator-ports.ts';
import { PROJECT_ID, ROOT } from './paths.ts';
import { SetupError } from './setup-error.ts';

/** Where `grant-owner` acts, and on whom. */
export interface GrantOwnerOptions {
  email: string;
  /** The site; when missing, the project's only site. */
  site: string | null;
  /** A real project id (`--project`), or null for the emulators. */
  project: string | null;
  /** `--emulators`: find the emulators from firebase.json (and PARLEY_PORT_OFFSET). */
  emulators: boolean;
  /** `--create-site`: create the site with default settings when it does not exist. */
  createSite: boolean;
  /** `--name`: the owner's display name, set on the account and reserved on the site. */
  name: string | null;
}

/** What `grant-owner` did, for its report. */
export interface GrantOwnerResult {
  uid: string;
  site: string;
  target: string;
  createdAccount: boolean;
  createdSite: boolean;
  /** The account's display name after the grant (reserved on the site), or null. */
  name: string | null;
}

export const GRANT_OWNER_USAGE =
  'Usage: npm run grant-owner -- EMAIL [SITE] [--emulators | --project PROJECT_ID] [--create-site] [--name "DISPLAY NAME"]\n' +
  '  (neither: the emulators, when they are running)\n' +
  '  --emulators        the local emulators (ports from firebase.json); also used when FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST are set\n' +
  '  --project ID       a real Firebase project, with Application Default Credentials (gcloud auth application-default login)\n' +
  '  --create-site      create SITE with default settings if it does not exist yet\n' +
  '  --name NAME        set the account\'s display name; the site reserves it for the owner (nobody else may post under it)';

/** Reads the command line (without node and the script). */
export function parseGrantOwnerArgs(argv: readonly string[]): GrantOwnerOptions {
  const positional: string[] = [];
  const options: GrantOwnerOptions = { email: '', site: null, project: null, emulators: false, createSite: false, name: null };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--emulators') options.emulators = true;
    else if (arg === '--create-site') options.createSite = true;
    else if (arg === '--project') options.project = argv[++index] ?? '';
    else if (arg.startsWith('--project=')) options.project = arg.slice('--project='.length);
    else if (arg === '--name') options.name = argv[++index] ?? '';
    else if (arg.startsWith('--name=')) options.name = arg.slice('--name='.length);
    else if (arg.startsWith('-')) throw new SetupError(`Unknown option ${arg}.\n${GRANT_OWNER_USAGE}`);
    else positional.push(arg);
  }
  const [email, site, ...rest] = positional;
  if (!email || rest.length > 0) throw new SetupError(GRANT_OWNER_USAGE);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new SetupError(`“${email}” is not an email address.\n${GRANT_OWNER_USAGE}`);
  if (site !== undefined && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(site)) throw new SetupError(`“${site}” is not a site id (lower-case letters, digits and dashes).`);
  if (options.project === '') throw new SetupError(`--project needs a project id.\n${GRANT_OWNER_USAGE}`);
  if (options.project && options.emulators) throw new SetupError('Choose either --emulators or --project, not both.');
  if (options.name !== null) {
    const name = v.safeParse(NameSchema, options.name);
    if (!name.success || name.output.includes('@')) throw new SetupError(`--name needs a display name of 1 to 50 characters, not an email address.\n${GRANT_OWNER_USAGE}`);
    options.name = name.output;
  }
  return { ...options, email: email.toLowerCase(), site: site ?? null };
}

/** How `chooseTarget` looks around: overridable in tests. */
export interface TargetProbes {
  /** Whether the Firestore and Auth emulators answer on their ports. */
  emulatorsRunning(): Promise<boolean>;
  /** The project id in parley.config.json, or null. */
  configuredProject(): string | null;
}

const DEFAULT_PROBES: TargetProbes = {
  async emulatorsRunning() {
    const ports = readPorts();
    const [firestore, auth] = await Promise.all([portAnswers(ports.firestore.host, ports.firestore.port), portAnswers(ports.auth.host, ports.auth.port)]);
    return firestore && auth;
  },
  configuredProject() {
    const file = join(ROOT, 'parley.config.json');
    if (!existsSync(file)) return null;
    try {
      const id = (JSON.parse(readFileSync(file, 'utf8')) as { options?: { projectId?: unknown } }).options?.projectId;
      return typeof id === 'string' && id ? id : null;
    } catch {
      return null;
    }
  },
};

/**
 * Fills in the target when the command line names none (and no emulator variables are set): the
 * emulators when they are running here. Otherwise it stops, naming the project parley.config.json
 * deploys to as the `--project` to pass: a real project is only ever acted on when named. Answers
 * the options and a line saying what was chosen (null when the command line chose).
 */
export async function chooseTarget(
  options: GrantOwnerOptions,
  env: NodeJS.ProcessEnv = process.env,
  probes: TargetProbes = DEFAULT_PROBES,
): Promise<{ options: GrantOwnerOptions; note: string | null }> {
  if (options.emulators || options.project || (env.FIRESTORE_EMULATOR_HOST && env.FIREBASE_AUTH_EMULATOR_HOST)) return { options, note: null };
  if (await probes.emulatorsRunning()) return { options: { ...options, emulators: true }, note: 'The emulators are running: granting the role there (--project PROJECT_ID for a real project).' };
  // A real project is never chosen for the caller: granting ownership there must be asked for by name.
  const project = probes.configuredProject();
  throw new SetupError(
    `Say where to grant the role: the emulators are not running here. Start them (npm start) and run this again, or name the real project: --project ${project ?? 'PROJECT_ID'}${project ? ' (the project in parley.config.json)' : ''}.\n${GRANT_OWNER_USAGE}`,
  );
}

/**
 * Points the Admin SDK at the emulators or a real project through the environment it reads, and
 * answers a description of the target. The emulators win when their hosts are already set.
 */
export function configureTarget(options: GrantOwnerOptions, env: NodeJS.ProcessEnv = process.env): string {
  if (options.emulators) {
    const ports = readPorts();
    env.FIRESTORE_EMULATOR_HOST = `${ports.firestore.host}:${ports.firestore.port}`;
    env.FIREBASE_AUTH_EMULATOR_HOST = `${ports.auth.host}:${ports.auth.port}`;
  }
  const onEmulators = !!env.FIRESTORE_EMULATOR_HOST && !!env.FIREBASE_AUTH_EMULATOR_HOST;
  if (onEmulators && !options.project) {
    env.GCLOUD_PROJECT = env.GCLOUD_PROJECT ?? PROJECT_ID;
    return `the emulators (project ${env.GCLOUD_PROJECT}, Firestore ${env.FIRESTORE_EMULATOR_HOST}, Auth ${env.FIREBASE_AUTH_EMULATOR_HOST})`;
  }
  if (!options.project) {
    throw new SetupError(
      `Say where to grant the role: the emulators are not running and there is no parley.config.json; start them (npm start) or pass --emulators, or --project PROJECT_ID for a real project.\n${GRANT_OWNER_USAGE}`,
    );
  }
  if (onEmulators) throw new SetupError('FIRESTORE_EMULATOR_HOST is set: unset it (and FIREBASE_AUTH_EMULATOR_HOST) to act on a real project.');
  env.GCLOUD_PROJECT = options.project;
  env.GOOGLE_CLOUD_PROJECT = options.project;
  return `project ${options.project} (Application Default Credentials)`;
}

/**
 * Makes the account an owner of the site: the custom claim (other sites' roles kept), its
 * `siteRoles` mirror and the reserved display name, through the same code as the `setModerator`
 * function, plus a log record. Creates the account (without a password: it signs in by email
 * link or a provider) when missing; `--name` sets its display name. An owner without a name
 * reserves one when they choose it (updateProfile).
 */
export async function grantOwner(options: GrantOwnerOptions, env: NodeJS.ProcessEnv = process.env): Promise<GrantOwnerResult> {
  const target = configureTarget(options, env);
  // Loaded after the environment is set: the functions' modules initialise the Admin SDK on import.
  const [{ auth, db }, { setRoleClaim }, { SITE_DEFAULTS }, { Timestamp }] = await Promise.all([
    import('../../functions/src/shared/app.ts'),
    import('../../functions/src/sites/roles.ts'),
    import('../../functions/src/sites/site-config.ts'),
    import('firebase-admin/firestore'),
  ]);
  const site = options.site ?? (await onlySite(db));
  const siteRef = db.collection('sites').doc(site);
  let createdSite = false;
  if (!(await siteRef.get()).exists) {
    if (!options.createSite) throw new SetupError(`The site “${site}” does not exist in ${target}. Add --create-site to create it with default settings.`);
    await siteRef.set({ ...SITE_DEFAULTS, name: site });
    createdSite = true;
  }
  let user = await auth.getUserByEmail(options.email).catch(() => null);
  const createdAccount = !user;
  const displayName = options.name ? { displayName: options.name } : {};
  if (!user) user = await auth.createUser({ email: options.email, ...displayName });
  else if (options.name) user = await auth.updateUser(user.uid, displayName);
  await setRoleClaim(user.uid, options.email, site, 'owner', null);
  await db.collection('moderationActions').add({
    siteId: site,
    by: null,
    byName: 'grant-owner script',
    action: 'grant-owner',
    commentId: null,
    revision: null,
    targetUid: user.uid,
    reason: options.email,
    at: Timestamp.now(),
  });
  return { uid: user.uid, site, target, createdAccount, createdSite, name: user.displayName ?? null };
}

async function onlySite(db: Firestore): Promise<string> {
  const sites = await db.collection('sites').limit(10).get();
  if (sites.size === 1) return sites.docs[0]!.id;
  if (sites.size === 0) throw new SetupError('There is no site yet: name one (npm run grant-owner -- EMAIL SITE --create-site).');
  throw new SetupError(`Several sites exist (${sites.docs.map((doc) => doc.id).join(', ')}): name the one to own.`);
}
