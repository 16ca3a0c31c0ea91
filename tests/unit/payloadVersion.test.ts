import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

/**
 * Payload's packages are released together and each official plugin names the exact
 * `payload` version it runs with (docs/decisions/005-one-payload-version.md): one
 * version across the family is what lets `npm install @payloadcms/plugin-…` succeed.
 */
const lock = JSON.parse(fs.readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string; peerDependencies?: Record<string, string> }>
}
const family = Object.entries(lock.packages).filter(([path]) => /(^|\/)node_modules\/(payload|@payloadcms\/[^/]+)$/.test(path))

describe('the Payload family', () => {
  it('is installed at one version', () => {
    expect(family.length).toBeGreaterThan(5)
    expect(new Set(family.map(([, entry]) => entry.version))).toEqual(new Set([lock.packages['node_modules/payload'].version]))
  })

  it('satisfies the exact payload version each of its packages asks for', () => {
    const payloadVersion = lock.packages['node_modules/payload'].version
    for (const [path, entry] of family) {
      const wanted = entry.peerDependencies?.payload
      if (wanted) expect(wanted, path).toBe(payloadVersion)
    }
  })
})
