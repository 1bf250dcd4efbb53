import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { SetupError } from './setup-error.ts';
import { jarManifest, storedZip } from './zip.ts';

/** Where Debian's `google-cloud-cli-firestore-emulator` package installs Google's emulator jar. */
export const GCLOUD_FIRESTORE_JAR =
  '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

/** How the Firestore emulator will be started. */
export type FirestoreJarPlan =
  | { kind: 'cached'; path: string }
  | { kind: 'download'; url: string }
  | { kind: 'launcher'; path: string; jar: string };

interface EmulatorInfo {
  remoteUrl: string;
  downloadPathRelativeToCacheDir: string;
}

function firestoreInfo(): EmulatorInfo {
  const require = createRequire(import.meta.url);
  const toolsRoot = dirname(require.resolve('firebase-tools/package.json'));
  const info = JSON.parse(readFileSync(join(toolsRoot, 'lib/emulator/downloadableEmulatorInfo.json'), 'utf8')) as {
    firestore: EmulatorInfo;
  };
  return info.firestore;
}

async function isReachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Writes a jar holding only a manifest whose Main-Class is the emulator's entry point and whose
 * Class-Path is the gcloud jar: firebase-tools runs `java -jar`, and the gcloud jar has no Main-Class.
 */
export function writeLauncherJar(target: string, jar: string): void {
  const manifest = jarManifest({
    'Manifest-Version': '1.0',
    'Main-Class': MAIN_CLASS,
    'Class-Path': `file://${jar.split('/').map(encodeURIComponent).join('/')}`,
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, storedZip([{ name: 'META-INF/MANIFEST.MF', data: Buffer.from(manifest) }]));
}

/**
 * Picks how to run the Firestore emulator: firebase-tools' own cached jar, else its download when
 * the download host answers, else a launcher for the jar the gcloud Debian package installed.
 */
export async function planFirestoreJar(cacheDir: string): Promise<FirestoreJarPlan> {
  const info = firestoreInfo();
  const toolsCache = process.env.FIREBASE_EMULATORS_PATH ?? join(homedir(), '.cache', 'firebase', 'emulators');
  const cached = join(toolsCache, info.downloadPathRelativeToCacheDir);
  if (existsSync(cached)) return { kind: 'cached', path: cached };
  if (process.env.PARLEY_OFFLINE !== '1' && (await isReachable(info.remoteUrl))) {
    return { kind: 'download', url: info.remoteUrl };
  }
  if (existsSync(GCLOUD_FIRESTORE_JAR)) {
    const launcher = join(cacheDir, 'firestore-launcher.jar');
    writeLauncherJar(launcher, GCLOUD_FIRESTORE_JAR);
    return { kind: 'launcher', path: launcher, jar: GCLOUD_FIRESTORE_JAR };
  }
  throw new SetupError(
    `No Firestore emulator jar: firebase-tools cannot download ${info.remoteUrl} from here and ` +
      `${GCLOUD_FIRESTORE_JAR} is missing. Install it with \`apt-get install google-cloud-cli-firestore-emulator\` ` +
      `(Google's Cloud SDK apt repository), or run once with internet access.`,
  );
}
