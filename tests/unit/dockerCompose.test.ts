import fs from 'node:fs'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { parseServerEnv } from '@/lib/env'

// No Docker engine runs on our machines, so the compose file is checked as data.
const compose = parse(fs.readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<
    string,
    {
      image?: string
      build?: { context: string; args?: Record<string, string> }
      command?: string[]
      environment?: Record<string, string>
      depends_on?: Record<string, { condition: string }> | string[]
      healthcheck?: { test: string[] }
      ports?: string[]
      volumes?: string[]
    }
  >
}

describe('docker-compose.yml', () => {
  const { mongo, redis, seed, app, lb } = compose.services

  it('runs MongoDB as a replica set, so Payload keeps transactions on', () => {
    expect(mongo.image).toMatch(/^mongo:\d/)
    expect(mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
    expect(mongo.healthcheck?.test.join(' ')).toContain('rs.initiate')
  })

  it('starts the app only once MongoDB and Redis are healthy and the seed has run, pointed at both', () => {
    expect(app.build?.context).toBe('.')
    expect(app.depends_on).toEqual({
      mongo: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      seed: { condition: 'service_completed_successfully' },
    })
    expect(app.environment?.DATABASE_URI).toMatch(/^mongodb:\/\/mongo:27017\/\w+\?replicaSet=rs0$/)
    expect(app.environment?.REDIS_URL).toBe('redis://redis:6379')
  })

  it('runs Redis 7 keeping nothing on disk, with the key events the shared page cache follows', () => {
    expect(redis.image).toMatch(/^redis:7/)
    expect(redis.command).toEqual(['redis-server', '--save', '', '--appendonly', 'no', '--notify-keyspace-events', 'Exe'])
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping'])
  })

  it('seeds once, before any instance, with the same image and settings', () => {
    expect(seed.command).toEqual(['npm', 'run', 'seed'])
    expect(seed.build).toEqual(app.build)
    expect(seed.environment).toEqual(app.environment)
    expect(app.command).toEqual(['npm', 'start'])
  })

  it('scales the app behind a load balancer: no host port on the app, round robin to app:3000', () => {
    expect(app.ports).toBeUndefined()
    expect(lb.ports).toEqual(['3000:80'])
    expect(lb.volumes).toEqual(['./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro'])
    const nginx = fs.readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8')
    expect(nginx).toMatch(/server app:3000 resolve;/)
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/)
    expect(nginx).toMatch(/proxy_set_header Host \$host;/)
  })

  it('passes the app a configuration it accepts, and insists on a real secret', () => {
    expect(app.environment?.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?/)
    expect(app.environment?.PAYMENT_PROVIDER).toMatch(/^\$\{PAYMENT_PROVIDER:\?/)
    const env = parseServerEnv({
      NODE_ENV: 'production',
      DATABASE_URI: app.environment!.DATABASE_URI,
      REDIS_URL: app.environment!.REDIS_URL,
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

  it('trusts the one proxy it puts in front of the app, so the rate limits count each reader, not nginx', () => {
    expect(app.environment?.TRUSTED_PROXY_HOPS).toBe('${TRUSTED_PROXY_HOPS:-1}')
    expect(parseServerEnv({ TRUSTED_PROXY_HOPS: '1', RATE_LIMIT_SCALE: '' })).toMatchObject({ TRUSTED_PROXY_HOPS: 1, RATE_LIMIT_SCALE: 1 })
  })
})
