import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError } from './setup-error.ts';

/** The oldest Java that firebase-tools 15 accepts for the Firestore emulator. */
export const MIN_JAVA = 21;

/** A Java runtime found on this machine. */
export interface JavaRuntime {
  /** Absolute path of the `java` executable, or plain `java` when found on PATH. */
  bin: string;
  /** JAVA_HOME for that runtime (the folder above `bin/`), when known. */
  home: string | null;
  major: number;
}

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392", "25"). */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function probe(bin: string, env: NodeJS.ProcessEnv): number | null {
  // `java -version` prints to stderr; read both streams.
  const result = spawnSync(bin, ['-version'], { encoding: 'utf8', timeout: 10_000, env });
  if (result.error) return null;
  return parseJavaMajor(`${result.stderr}${result.stdout}`);
}

/** Folders where systems install JDKs. */
export const JDK_ROOTS = ['/usr/lib/jvm', '/usr/java', '/opt/java', '/Library/Java/JavaVirtualMachines'];

function installedJdkHomes(roots: readonly string[]): string[] {
  const homes: string[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort().reverse()) {
      const home = root.startsWith('/Library') ? join(root, name, 'Contents', 'Home') : join(root, name);
      homes.push(home);
    }
  }
  return homes;
}

/**
 * Finds a Java 21+ runtime: JAVA_HOME first, then `java` on PATH, then the JDKs installed in the
 * system's usual folders (newest name first). Throws a SetupError naming what to install.
 */
export function findJava(env: NodeJS.ProcessEnv = process.env, roots: readonly string[] = JDK_ROOTS): JavaRuntime {
  const candidates: Array<{ bin: string; home: string | null }> = [];
  if (env.JAVA_HOME) candidates.push({ bin: join(env.JAVA_HOME, 'bin', 'java'), home: env.JAVA_HOME });
  candidates.push({ bin: 'java', home: null });
  for (const home of installedJdkHomes(roots)) candidates.push({ bin: join(home, 'bin', 'java'), home });

  const seen: string[] = [];
  for (const candidate of candidates) {
    if (candidate.bin !== 'java' && !existsSync(candidate.bin)) continue;
    const major = probe(candidate.bin, env);
    if (major === null) continue;
    seen.push(`${candidate.bin} (${major})`);
    if (major >= MIN_JAVA) return { ...candidate, major };
  }
  const found = seen.length ? ` Found only: ${seen.join(', ')}.` : ' No Java was found.';
  throw new SetupError(
    `The Firestore emulator needs Java ${MIN_JAVA} or newer.${found} Install one (Debian/Ubuntu: ` +
      `\`apt-get install openjdk-21-jre-headless\` or any JDK ${MIN_JAVA}+) and/or set JAVA_HOME to it.`,
  );
}
