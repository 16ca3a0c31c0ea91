import { defineConfig } from 'vitest/config'

import baseConfig, { alias } from './vitest.config.ts'

/**
 * `npm run test:mongo`: the whole integration suite through the MongoDB adapter
 * (tests/int/testDatabase.ts): against MONGODB_URI when it is set, otherwise against the
 * in-process imitation. mongodb.test.ts and backup.test.ts are left out: they choose
 * their databases themselves and already run in `npm test`. The verbose reporter lists
 * every skipped test with its reason.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    name: 'int-mongo',
    include: ['tests/int/**/*.test.ts'],
    exclude: ['tests/int/mongodb.test.ts', 'tests/int/backup.test.ts'],
    environment: 'node',
    testTimeout: baseConfig.test?.testTimeout,
    hookTimeout: baseConfig.test?.hookTimeout,
    env: { ...baseConfig.test?.env, TEST_DATABASE: 'mongodb' },
    reporters: ['verbose'],
  },
})
