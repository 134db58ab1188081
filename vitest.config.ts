import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests start real processes and sockets; keep the 2-core machine unhurried.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
