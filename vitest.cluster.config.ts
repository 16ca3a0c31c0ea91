import { defineConfig } from 'vitest/config'

import { alias } from './vitest.config.ts'

/** `npm run test:cluster`: two production instances on one database and one Redis, as a site scaled out runs; one file at a time. */
export default defineConfig({
  resolve: { alias },
  test: {
    include: ['tests/cluster/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    globalSetup: ['tests/cluster/globalSetup.ts'],
    env: { NODE_ENV: 'test', PAYLOAD_SECRET: 'test-only-secret-0123456789abcdef0123456789abcdef', LOG_LEVEL: 'warn' },
  },
})
