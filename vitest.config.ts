import { defineConfig } from 'vitest/config';

const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } } };
const componentDefine = {
  __PARLEY_FIREBASE__: JSON.stringify({ options: { apiKey: 'test', authDomain: 'test', projectId: 'demo-parley' }, region: 'us-central1', emulators: null }),
};

/** host:port from an environment variable, as the emulators' env line sets them (placeholders when it is not set). */
function hostPort(name: string): { host: string; port: number } {
  const [host = '127.0.0.1', port = '0'] = (process.env[name]?.replace(/^https?:\/\//, '') ?? '').split(':');
  return { host, port: Number(port) };
}

/** The widget's and console's Firebase settings for the emulators these tests run against (tests/contract runs the real clients). */
function emulatorSettings() {
  const auth = hostPort('FIREBASE_AUTH_EMULATOR_HOST');
  return {
    __PARLEY_FIREBASE__: JSON.stringify({
      options: { apiKey: 'demo-api-key', authDomain: 'demo-parley.firebaseapp.com', projectId: 'demo-parley' },
      region: 'us-central1',
      emulators: { auth: `http://${auth.host}:${auth.port}`, firestore: hostPort('FIRESTORE_EMULATOR_HOST'), functions: hostPort('PARLEY_FUNCTIONS_ORIGIN') },
    }),
  };
}

/**
 * Test layers. `unit` and `component` need nothing running; `emulator` (rules, functions,
 * end-to-end) runs against the emulators that scripts/test.ts starts, one file at a time because
 * the files share the emulators' data. `lifecycle` starts and stops `npm start` itself, after
 * the others, when the emulators' ports are free.
 */
export default defineConfig({
  test: {
    projects: [
      // tests/contract: the same behaviour tests against the in-memory clients here, and against the Firebase clients on the emulators below.
      { ...jsx, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.memory.test.ts'], environment: 'node' } },
      {
        ...jsx,
        define: componentDefine,
        // Generous timeouts: a test waits on conditions, and on a busy 2-core machine rendering a long list takes seconds.
        test: { name: 'component', include: ['tests/component/**/*.test.tsx'], environment: 'happy-dom', setupFiles: ['tests/component/setup.ts'], testTimeout: 30_000 },
      },
      {
        ...jsx,
        define: emulatorSettings(),
        test: {
          name: 'emulator',
          include: ['tests/rules/**/*.test.ts', 'tests/functions/**/*.test.ts', 'tests/contract/**/*.emulator.test.ts', 'tests/scripts/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // `npm start` itself, started and stopped as a person would; needs the emulators' ports free.
      { test: { name: 'lifecycle', include: ['tests/lifecycle/**/*.test.ts'], environment: 'node', fileParallelism: false, testTimeout: 240_000 } },
    ],
  },
});
