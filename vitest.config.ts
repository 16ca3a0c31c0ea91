import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

const env: Record<string, string> = {
  NODE_ENV: 'test',
  PAYLOAD_SECRET: 'test-only-secret-0123456789abcdef0123456789abcdef',
  // Payload's INFO lines drown a test run's output; a test may ask for more.
  LOG_LEVEL: 'warn',
  // The AWS SDK is pinned (package.json); the README says what its notice means.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
}

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 240_000,
    env,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'int', include: ['tests/int/**/*.test.ts'] } },
      { extends: true, test: { name: 'pages', include: ['tests/pages/**/*.test.ts'], globalSetup: ['tests/pages/globalSetup.ts'] } },
      // `int` again on MongoDB; the files that pick their databases already run in `int`.
      {
        extends: true,
        test: {
          name: 'mongo',
          include: ['tests/int/**/*.test.ts'],
          exclude: ['tests/int/mongodb.test.ts', 'tests/int/mongodbMigrations.test.ts', 'tests/int/backup.test.ts'],
          env: { ...env, TEST_DATABASE: 'mongodb' },
        },
      },
      {
        extends: true,
        test: { name: 'resilience', include: ['tests/resilience/**/*.test.ts'], testTimeout: 300_000, fileParallelism: false, globalSetup: ['tests/resilience/globalSetup.ts'] },
      },
      // Two production instances on one database and one Redis.
      {
        extends: true,
        test: { name: 'cluster', include: ['tests/cluster/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false, globalSetup: ['tests/cluster/globalSetup.ts'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], testTimeout: 90_000, fileParallelism: false, globalSetup: ['tests/e2e/globalSetup.ts'] },
      },
    ],
  },
})
