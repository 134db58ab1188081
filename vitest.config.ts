import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL server for the run (the library's PostgreSQL suites); skipped locally when none can start.
    // And the bundle `npm start` runs (dist/), which the end-to-end tests start as the bot.
    globalSetup: ['test/support/global-setup.ts', 'test/support/build-bundle.ts'],
    // The end-to-end tests start real processes and sockets; keep the 2-core machine unhurried.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
