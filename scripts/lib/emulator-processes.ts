import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Process clean-up for the emulators. firebase-tools starts java detached, in a process group of
 * its own, and may leave it behind when stopped mid-start; so its children are noted while it runs,
 * each with its command line, and only those very processes are killed later.
 */

/** What firebase-tools started, as noted so far. */
export interface ChildWatch {
  /** Notes the children it has now. */
  note(): void;
  /** Stops noting them on a timer (the suite is ready, or stopping). */
  pause(): void;
  /**
   * Kills what is left: the children noted, and a Firestore emulator launched after the last look
   * (it is no longer firebase-tools' child once that exits), found by the port this start gave it.
   * Resolves once they are gone, ports and all (at most five seconds).
   */
  killLeftovers(): Promise<void>;
}

/** Starts noting the children of `child` every quarter of a second. */
export function watchChildren(child: ChildProcess, firestorePort: number): ChildWatch {
  const children = new Map<number, string>();
  const note = () => {
    for (const pid of child.pid ? childrenOf(child.pid) : []) if (!children.has(pid)) children.set(pid, commandOf(pid));
  };
  const timer = setInterval(note, 250);
  return {
    note,
    pause: () => clearInterval(timer),
    async killLeftovers() {
      const port = `--port\0${firestorePort}\0`;
      const late = processes().filter((pid) => !children.has(pid) && /firestore/.test(commandOf(pid)) && commandOf(pid).includes(port));
      for (const pid of late) children.set(pid, commandOf(pid));
      // A pid still running the command noted for it is that process, not a later one that reused the pid.
      const leftovers = [...children].filter(([pid, command]) => command !== '' && commandOf(pid) === command).map(([pid]) => pid);
      for (const pid of leftovers) killIfAlive(pid);
      // A killed process lingers a moment: stopping means they are gone, ports and all.
      await untilGone(leftovers, 5_000);
    },
  };
}

/** Sends a signal to the child's whole process group (firebase-tools runs in one of its own). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
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

/** Resolves after `ms` without keeping the process alive. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
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
