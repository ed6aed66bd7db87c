import { defineConfig } from 'vitest/config';

// Three kinds of tests, one command (`npm test`): pure unit tests, integration tests against
// emulators each file starts itself (in-process, free ports), and CDK assertions.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
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
