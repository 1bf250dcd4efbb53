import { defineConfig } from 'vitest/config';

const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } } };
const emulatorDefine = {
  __PARLEY_FIREBASE__: JSON.stringify({ options: { apiKey: 'test', authDomain: 'test', projectId: 'demo-parley' }, region: 'us-central1', emulators: null }),
};

/**
 * Test layers. `unit` and `component` need nothing running; `emulator` (rules, functions,
 * end-to-end) runs against the emulators that scripts/test.ts starts, one file at a time because
 * the files share the emulators' data. `lifecycle` starts and stops `npm start` itself, after
 * the others, when the emulators' ports are free.
 */
export default defineConfig({
  test: {
    projects: [
      { ...jsx, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        ...jsx,
        define: emulatorDefine,
        test: { name: 'component', include: ['tests/component/**/*.test.tsx'], environment: 'happy-dom', setupFiles: ['tests/component/setup.ts'] },
      },
      {
        ...jsx,
        test: {
          name: 'emulator',
          include: ['tests/rules/**/*.test.ts', 'tests/functions/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
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
