import { defineConfig } from 'vitest/config'

import { alias } from './vitest.config.ts'

/** `npm run test:resilience`: the production build under hostile input, load and outages; one file at a time. */
export default defineConfig({
  resolve: { alias },
  test: {
    include: ['tests/resilience/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    globalSetup: ['tests/resilience/globalSetup.ts'],
    env: { NODE_ENV: 'test', PAYLOAD_SECRET: 'test-only-secret-0123456789abcdef0123456789abcdef', LOG_LEVEL: 'warn' },
  },
})
