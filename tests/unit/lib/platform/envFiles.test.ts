import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { lineSetting } from '@/lib/platform/envFiles'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../..')
const secret = 'a'.repeat(64)

// What a process started in `dir` makes of its .env: the loader and the validation, as server.ts runs them.
let dir: string
function startIn(env: Record<string, string> = {}) {
  const program = `
    import { loadEnvFiles } from ${JSON.stringify(path.join(root, 'lib/platform/envFiles.ts'))}
    import { validateEnvironmentOrExit } from ${JSON.stringify(path.join(root, 'lib/platform/env.ts'))}
    loadEnvFiles(${JSON.stringify(dir)})
    const env = validateEnvironmentOrExit()
    console.log(JSON.stringify({ provider: env.PAYMENT_PROVIDER, demo: env.NEWSROOM_DEMO, secret: env.PAYLOAD_SECRET }))`
  fs.writeFileSync(path.join(dir, 'start.mts'), program)
  const { PATH, HOME } = process.env
  return spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['start.mts'], {
    cwd: dir,
    encoding: 'utf8',
    // As package.json's scripts run tsx: without the condition it may exit silently on Node 20.
    env: { PATH, HOME, NODE_ENV: 'production', NODE_OPTIONS: '--conditions=development', ...env },
  })
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-env-files-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('a production process reads .env, as npm start must', () => {
  it('takes its settings from .env when the environment has none', () => {
    fs.writeFileSync(path.join(dir, '.env'), `# made by npm run setup:env\nPAYLOAD_SECRET=${secret}\nNEWSROOM_DEMO=true\nPAYMENT_PROVIDER=demo\n`)
    const result = startIn()
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({ provider: 'demo', demo: true, secret })
  })

  it('lets the environment win over .env', () => {
    fs.writeFileSync(path.join(dir, '.env'), `PAYLOAD_SECRET=${secret}\nPAYMENT_PROVIDER=stripe\n`)
    const result = startIn({ PAYMENT_PROVIDER: 'demo' })
    expect(JSON.parse(result.stdout).provider).toBe('demo')
  })

  it('stops on a bad setting, naming the file and the line to fix', () => {
    fs.writeFileSync(path.join(dir, '.env'), `PAYMENT_PROVIDER=demo\n\nPAYLOAD_SECRET=too-short\n`)
    const result = startIn()
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET must be at least 32 characters (set in .env, line 3)')
  })

  it('stops on a missing setting, saying which file to add it to', () => {
    fs.writeFileSync(path.join(dir, '.env'), `PAYLOAD_SECRET=${secret}\n`)
    const result = startIn()
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYMENT_PROVIDER must be set in production')
    expect(result.stderr).toContain('not set: add a line PAYMENT_PROVIDER=… to .env')
  })

  it('says when a bad value comes from the environment rather than a file', () => {
    fs.writeFileSync(path.join(dir, '.env'), `PAYLOAD_SECRET=${secret}\nPAYMENT_PROVIDER=demo\n`)
    const result = startIn({ PORT: 'eighty' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/PORT .*\(set in the environment, which \.env files do not override\)/)
  })
})

describe('the line a setting is made on', () => {
  it('is the last assignment, as dotenv reads it, with or without export', () => {
    expect(lineSetting('A=1\n# PORT=1\nexport PORT=2\nPORT = 3\n', 'PORT')).toBe(4)
    expect(lineSetting('A=1\n', 'PORT')).toBeNull()
    expect(lineSetting('PORTAL=1\n', 'PORT')).toBeNull()
  })
})
