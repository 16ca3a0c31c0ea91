import { defineConfig } from 'vitest/config'

import { alias } from './vitest.config.ts'

/** Browser tests: Debian's Chromium driven by playwright-core against the production build. */
export default defineConfig({
  resolve: { alias },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/globalSetup.ts'],
  },
})
