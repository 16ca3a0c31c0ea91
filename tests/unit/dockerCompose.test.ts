import fs from 'node:fs'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { parseServerEnv } from '@/lib/platform/env'

// No Docker engine runs on our machines: the compose file is checked for what a broken deployment would violate.
type Service = {
  image?: string
  build?: unknown
  command?: string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }> | string[]
  healthcheck?: { test: string[] }
  expose?: string[]
  ports?: string[]
  volumes?: string[]
}
const read = (file: string) => fs.readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
const { services } = parse(read('docker-compose.yml')) as { services: Record<string, Service> }
const nginx = read('deploy/nginx.conf')
/** The image's ENV line: what every container of the app starts with. */
const imageEnv = Object.fromEntries(
  [...(read('deploy/Dockerfile').match(/^ENV (.+)$/gm)?.at(-1)?.matchAll(/(\w+)=(\S+)/g) ?? [])].map(([, name, value]) => [name, value]),
)

/** Compose's interpolation: `${X:?message}` must be given, `${X:-default}` falls back, `${X}` may be empty. */
function interpolate(value: string, given: Record<string, string>): { value: string; missing: string[] } {
  const missing: string[] = []
  const result = value.replace(/\$\{(\w+)(?:(:\?|:-)([^}]*))?\}/g, (_, name: string, kind?: string, fallback?: string) => {
    const set = given[name]
    if (set) return set
    if (kind === ':?') missing.push(name)
    return kind === ':-' ? (fallback ?? '') : ''
  })
  return { value: result, missing }
}
function appEnvironment(service: Service, given: Record<string, string>) {
  const entries = Object.entries(service.environment ?? {}).map(([name, value]) => [name, interpolate(String(value), given)] as const)
  return {
    env: { ...imageEnv, ...Object.fromEntries(entries.map(([name, { value }]) => [name, value])) },
    missing: entries.flatMap(([, { missing }]) => missing),
  }
}
const dependsOn = (service: Service): Record<string, string> =>
  Array.isArray(service.depends_on)
    ? Object.fromEntries(service.depends_on.map((name) => [name, 'service_started']))
    : Object.fromEntries(Object.entries(service.depends_on ?? {}).map(([name, { condition }]) => [name, condition]))
/** The compose services an address names as its host (`mongodb://mongo:27017/…` names `mongo`). */
const servicesNamedBy = (env: Record<string, string>) =>
  Object.values(env).flatMap((value) => {
    const host = /^[a-z+]+:\/\/([^/:?]+)/.exec(value)?.[1]
    return host && services[host] ? [host] : []
  })

const REQUIRED = { PAYLOAD_SECRET: 'y'.repeat(40), PAYMENT_PROVIDER: 'demo' }
const starting = ['seed', 'app'] as const

describe('docker-compose.yml, as a deployment', () => {
  it.each(starting)('%s: refuses to start without the settings the app requires in production, and with them the app accepts its configuration', (name) => {
    const unset = appEnvironment(services[name], {})
    // Left unset, compose stops before the app does, naming each one.
    expect(unset.missing.sort()).toEqual(Object.keys(REQUIRED).sort())
    const configured = appEnvironment(services[name], REQUIRED)
    expect(configured.missing).toEqual([])
    expect(() => parseServerEnv({ NODE_ENV: 'production', ...configured.env })).not.toThrow()
  })

  it.each(starting)('%s: waits until every service its settings name is healthy, and each of those has a health check', (name) => {
    const { env } = appEnvironment(services[name], REQUIRED)
    const named = servicesNamedBy(env)
    expect(named.length).toBeGreaterThan(0)
    for (const needed of named) {
      expect(services[needed].healthcheck?.test.length, `${needed} has a health check`).toBeGreaterThan(0)
      if (name === 'app') expect(dependsOn(services.app)[needed], `app waits for ${needed}`).toBe('service_healthy')
    }
    // The seed writes to the database only: it waits for that.
    if (name === 'seed') expect(dependsOn(services.seed)).toEqual({ mongo: 'service_healthy' })
  })

  it('starts instances only after the seed has finished, from the same image and settings', () => {
    expect(dependsOn(services.app).seed).toBe('service_completed_successfully')
    expect(services.seed.build).toEqual(services.app.build)
    expect(services.seed.environment).toEqual(services.app.environment)
  })

  it('runs MongoDB as the replica set the app connects to, so Payload keeps transactions on', () => {
    const { env } = appEnvironment(services.app, REQUIRED)
    const url = new URL(env.DATABASE_URI)
    const replicaSet = url.searchParams.get('replicaSet')
    expect(replicaSet).toBeTruthy()
    const mongo = services[url.hostname]
    expect(mongo.command?.[mongo.command.indexOf('--replSet') + 1]).toBe(replicaSet)
    // The health check initiates that set, with the member address the instances reach.
    expect(mongo.healthcheck?.test.join(' ')).toContain(`rs.initiate({ _id: '${replicaSet}', members: [{ _id: 0, host: '${url.host}' }] })`)
  })

  it('keeps the Redis key events the shared page cache follows (expired keys)', () => {
    const { env } = appEnvironment(services.app, REQUIRED)
    const redis = services[new URL(env.REDIS_URL).hostname]
    const events = redis.command?.[redis.command.indexOf('--notify-keyspace-events') + 1] ?? ''
    expect(events).toMatch(/E/)
    expect(events).toMatch(/[xA]/)
  })

  it('forwards the balancer to the port the app listens on, publishing the port nginx listens on', () => {
    const { env } = appEnvironment(services.app, REQUIRED)
    const appPort = env.PORT
    expect(appPort).toMatch(/^\d+$/)
    expect(services.app.expose).toContain(appPort)
    expect(nginx).toMatch(new RegExp(`server app:${appPort} resolve;`))
    const listen = /^\s*listen (\d+);/m.exec(nginx)?.[1]
    expect(services.lb.ports?.map((mapping) => mapping.split(':').at(-1))).toEqual([listen])
    // Instances are scaled: none may take a host port of its own.
    expect(services.app.ports).toBeUndefined()
  })

  it('tells the app how many proxies stand in front of it: the balancer appends the reader to X-Forwarded-For', () => {
    const { env } = appEnvironment(services.app, REQUIRED)
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/)
    expect(parseServerEnv(env).TRUSTED_PROXY_HOPS).toBe(1)
  })

  it('stores uploads where every instance and the seed find them: one volume at the image’s MEDIA_DIR, unless S3 is set', () => {
    const { env } = appEnvironment(services.app, REQUIRED)
    expect(parseServerEnv(env).S3).toBeNull()
    for (const name of starting) expect(services[name].volumes).toContain(`media:${imageEnv.MEDIA_DIR}`)
  })
})
