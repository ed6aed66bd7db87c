import { defineConfig } from 'vitest/config';

// Every kind of test, one command (`npm test`): pure unit tests and the web app's (both
// `npm run test:unit`; the web's alone `npm run test:web`), integration tests against emulators
// each file starts itself (in-process, free ports), CDK assertions, and the browser tests. No
// test writes a tracked file (screenshots only with `npm run screenshots`), and none waits for
// real time: the local stack runs on a clock the tests move (ADR 075).
export default defineConfig({
  test: {
    projects: [
      {
        // A few unit tests bundle every route (http-messages) or compile every schema (openapi):
        // 2–8 s on a CI machine busy with the other projects, past vitest's 5 s default.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The web app's logic (form state, derived totals, step validation, 409 handling).
        test: { name: 'web', include: ['test/unit/web-*.test.tsx'] },
        oxc: { jsx: { runtime: 'automatic' } },
      },
      {
        // The portal in Debian's Chromium against the local stack; global-setup builds web/.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
