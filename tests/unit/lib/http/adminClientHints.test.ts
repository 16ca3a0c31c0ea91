import { withPayload } from '@payloadcms/next/withPayload'
import { describe, expect, it } from 'vitest'

import { clientHintsForTheAdminOnly } from '@/lib/http/adminClientHints.mjs'

type Rule = { source: string; headers: { key: string; value: string }[] }

const ours: Rule = { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }

describe("the colour-scheme client hint Payload asks for", () => {
  it('is asked on the admin only, so Chrome never requests a reader’s page twice', async () => {
    const config = withPayload({ headers: async () => [ours] }, { devBundleServerPackages: false })
    const asGiven = (await config.headers!()) as Rule[]
    // Payload's own rule: if a version stops asking, this test says so.
    expect(asGiven.some((rule) => rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH'))).toBe(true)

    const rules = clientHintsForTheAdminOnly(asGiven)
    const forPath = (source: string) => rules.filter((rule) => rule.source === source).flatMap((rule) => rule.headers.map((header) => header.key))
    expect(forPath('/:path*')).toContain('X-Frame-Options')
    expect(forPath('/:path*')).not.toEqual(expect.arrayContaining(['Critical-CH']))
    expect(forPath('/:path*')).not.toContain('Accept-CH')
    expect(forPath('/admin/:path*')).toEqual(['Accept-CH', 'Vary', 'Critical-CH'])
  })

  it('leaves rules without the hint as they are', () => {
    expect(clientHintsForTheAdminOnly([ours])).toEqual([ours])
  })
})
