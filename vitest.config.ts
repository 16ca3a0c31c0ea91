import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

export const alias = [
  { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
  { find: /^@\//, replacement: `${root}/` },
]

export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 240_000,
    env: {
      NODE_ENV: 'test',
      PAYLOAD_SECRET: 'test-only-secret-0123456789abcdef0123456789abcdef',
      // Payload's INFO lines (migrations, start-up) drown a test run's output; a test may ask for more.
      LOG_LEVEL: 'warn',
      // The AWS SDK is pinned (package.json), so Node 20 keeps working; the README says what its warning means.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    projects: [
      // Pure modules: no database, no server.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The real Payload Local API on a fresh, migrated SQLite database per file.
      { extends: true, test: { name: 'int', include: ['tests/int/**/*.test.ts'] } },
      // The production build served by `next start`, requested over HTTP.
      {
        extends: true,
        test: { name: 'pages', include: ['tests/pages/**/*.test.ts'], globalSetup: ['tests/pages/globalSetup.ts'] },
      },
    ],
  },
})
