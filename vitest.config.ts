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
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts', 'tests/pages/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 240_000,
    globalSetup: ['tests/pages/globalSetup.ts'],
    env: {
      NODE_ENV: 'test',
      PAYLOAD_SECRET: 'test-only-secret-0123456789abcdef0123456789abcdef',
    },
  },
})
