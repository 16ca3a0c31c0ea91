import fs from 'node:fs'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { parseServerEnv } from '@/lib/env'

// No Docker engine runs on our machines, so the compose file is checked as data.
const compose = parse(fs.readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<string, { image?: string; build?: string; command?: string[]; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: { test: string[] } }>
}

describe('docker-compose.yml', () => {
  const { mongo, app } = compose.services

  it('runs MongoDB as a replica set, so Payload keeps transactions on', () => {
    expect(mongo.image).toMatch(/^mongo:\d/)
    expect(mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
    expect(mongo.healthcheck?.test.join(' ')).toContain('rs.initiate')
  })

  it('starts the app only once MongoDB is healthy, pointed at the replica set', () => {
    expect(app.build).toBe('.')
    expect(app.depends_on).toEqual({ mongo: { condition: 'service_healthy' } })
    expect(app.environment?.DATABASE_URI).toMatch(/^mongodb:\/\/mongo:27017\/\w+\?replicaSet=rs0$/)
  })

  it('passes the app a configuration it accepts, and insists on a real secret', () => {
    expect(app.environment?.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?/)
    expect(app.environment?.PAYMENT_PROVIDER).toMatch(/^\$\{PAYMENT_PROVIDER:\?/)
    const env = parseServerEnv({
      NODE_ENV: 'production',
      DATABASE_URI: app.environment!.DATABASE_URI,
      PAYLOAD_SECRET: 'y'.repeat(40),
      PAYMENT_PROVIDER: 'demo',
      // Unset Stripe variables reach the app as empty strings.
      STRIPE_SECRET_KEY: '',
      STRIPE_WEBHOOK_SECRET: '',
    })
    expect(env.DATABASE_URI).toContain('replicaSet=rs0')
  })

  it('passes the S3 settings through, unset by default: images stay on the media volume', () => {
    const s3 = Object.entries(app.environment!).filter(([name]) => name.startsWith('S3_'))
    expect(s3.map(([name]) => name).sort()).toEqual(
      ['S3_ACCESS_KEY_ID', 'S3_BUCKET', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX', 'S3_REGION', 'S3_SECRET_ACCESS_KEY'].sort(),
    )
    for (const [name, value] of s3) expect(value).toBe(`\${${name}:-}`)
    expect(parseServerEnv(Object.fromEntries(s3.map(([name]) => [name, '']))).S3).toBeNull()
  })
})
