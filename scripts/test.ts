import { spawn } from 'node:child_process';
import { findChrome } from '../tests/support/browser.ts';
import { buildForEmulators } from './lib/build-for-emulators.ts';
import { startEmulators, type RunningEmulators } from './lib/emulators.ts';
import { ROOT } from './lib/paths.ts';
import { runMain, SetupError } from './lib/setup-error.ts';

/** Runs a command in the repository, streaming its output; answers its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Vite's build (the build step, in this process) sets NODE_ENV=production; test runners must not inherit it.
  const { NODE_ENV: _built, ...childEnv } = env;
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: childEnv, stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const bin = (name: string) => `${ROOT}/node_modules/.bin/${name}`;

/**
 * `npm test`: every layer, in the order that fails fastest. Lint and type checks; the build and
 * its size budgets; unit and component tests; then, on freshly started emulators, the rules,
 * functions and end-to-end tests; last, `npm start` started and stopped with Ctrl-C twice.
 * Emulators are stopped whatever happens. The summary gives each step's duration.
 */
runMain(async () => {
  const started = Date.now();
  const results: Array<{ name: string; code: number; seconds: number }> = [];
  const step = async (name: string, work: () => Promise<number>) => {
    console.log(`\n▶ ${name}`);
    const began = Date.now();
    const code = await work();
    results.push({ name, code, seconds: Math.round((Date.now() - began) / 1000) });
    return code;
  };

  // Fail before any work when the browser tests cannot run.
  const chrome = findChrome();

  await step('lint', () => run(bin('eslint'), ['--max-warnings=0', '.']));
  await step('type check', async () => {
    for (const project of ['core', 'widget', 'functions', 'tests', '.']) {
      const code = await run(bin('tsc'), ['-p', project]);
      if (code !== 0) return code;
    }
    return 0;
  });
  await step('build', async () => {
    await buildForEmulators();
    return 0;
  });
  await step('size budgets (production build, brotli)', () => run(bin('tsx'), ['scripts/size.ts']));
  await step('unit and component tests', () => run(bin('vitest'), ['run', '--project', 'unit', '--project', 'component']));

  let emulators!: RunningEmulators;
  await step('start the emulators', async () => {
    emulators = await startEmulators({ log: (line) => console.log(`  ${line}`) });
    return 0;
  });
  const stop = () => void emulators.stop().then(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await step('rules, functions and end-to-end tests (emulators)', () =>
      run(bin('vitest'), ['run', '--project', 'emulator'], { ...process.env, ...emulators.env, CHROME_PATH: chrome }),
    );
  } finally {
    await emulators.stop();
  }
  await step('npm start: ready, Ctrl-C stops everything, starts again', () => run(bin('vitest'), ['run', '--project', 'lifecycle'], { ...process.env, CHROME_PATH: chrome }));

  const failed = results.filter(({ code }) => code !== 0);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n${results.map(({ name, code, seconds }) => `${code === 0 ? '✔' : '✖'} ${name} (${seconds} s)`).join('\n')}`);
  if (failed.length > 0) throw new SetupError(`${failed.length} of ${results.length} steps failed (${seconds} s).`);
  console.log(`\nAll ${results.length} steps passed in ${seconds} s.`);
});
