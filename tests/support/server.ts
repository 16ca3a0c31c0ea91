import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { build, buildStatus } from '../../scripts/build.mjs'

/**
 * Runs the real product for page and browser tests: the production build,
 * `npm start` (server.ts), on a fresh SQLite database seeded by `npm run seed`.
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

export const TEST_SECRET = 'page-tests-secret-0123456789abcdef0123456789'
/** The test server accepts Stripe webhooks signed with this (payments stay on the demo provider). */
export const TEST_STRIPE_WEBHOOK_SECRET = 'whsec_pagetests0123456789'

/**
 * Builds the app once, before any test server starts, when the sources changed since the last
 * build (scripts/build.mjs compares their content with the build's stamp). Each suite that starts
 * servers calls it from its global setup; startNewsroom never builds, so no build replaces the
 * files a running test server is serving.
 */
export function prepareProductionBuild(): void {
  build({ ifStale: true, env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: TEST_SECRET, PAYMENT_PROVIDER: 'demo' } })
}

/** A loopback port nothing listens on now (the servers and the Redis the tests start take one each). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number, accept: (status: number) => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (accept(response.status)) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`)
}

/** The server's settings, for a database and media folder in `dir`. */
function newsroomEnv(dir: string, port: number): NodeJS.ProcessEnv {
  const databaseFile = path.join(dir, 'newsroom.db')
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: `file:${databaseFile}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: TEST_SECRET,
    PORT: String(port),
    SITE_URL: `http://127.0.0.1:${port}`,
    NEWSROOM_DEMO: 'true',
    PAYMENT_PROVIDER: 'demo',
    STRIPE_WEBHOOK_SECRET: TEST_STRIPE_WEBHOOK_SECRET,
    // The job runner (scheduled publishing) checks every 2 s instead of every minute.
    JOBS_CRON: '*/2 * * * * *',
    // The suites sign in hundreds of times from 127.0.0.1; tests/pages/rateLimits.test.ts runs its own server on the defaults.
    RATE_LIMIT_SCALE: '1000',
  }
}

/** A project script (seed, importer) runs with the server's settings, from the sources. */
const scriptEnv = (env: NodeJS.ProcessEnv, extraEnv: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...env,
  ...extraEnv,
  NODE_ENV: 'development',
  NODE_OPTIONS: '--conditions=development',
})

/**
 * Runs a project script against a running server's database while the server keeps serving
 * (asynchronously: readers in the same test process go on reading meanwhile).
 */
export function runScript(
  newsroom: { url: string; dir: string },
  file: string,
  args: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const env = scriptEnv(newsroomEnv(newsroom.dir, Number(new URL(newsroom.url).port)), extraEnv)
  return new Promise((resolve, reject) => {
    const child = spawn(bin('tsx'), [file, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, output }))
  })
}

/** `processGroup`: the server's process group (the benchmark reads its memory). */
export type RunningNewsroom = { url: string; dir: string; processGroup: number; stop: () => Promise<void> }

/**
 * `databaseReachable: false` starts the server on a database it cannot open (a
 * directory where the SQLite file should be): an outage, as readers would meet it.
 * `email`: the SMTP settings of a test mailbox (tests/support/mailbox.ts); without them the
 * server writes its emails to its log. `storage`: the S3_* settings of a test bucket, for the
 * server and the seed; without them images are kept in the server's folder.
 * `env`: more settings (e.g. REDIS_URL). `shareDatabaseOf`: another instance of the site, on the
 * database and media folder of that running server (already seeded); stopping this one leaves them.
 */
export async function startNewsroom(
  options: {
    databaseReachable?: boolean
    scheduleStory?: boolean
    email?: Record<string, string>
    storage?: Record<string, string>
    env?: Record<string, string>
    shareDatabaseOf?: RunningNewsroom
  } = {},
): Promise<RunningNewsroom> {
  const databaseReachable = options.databaseReachable ?? true
  if (!buildStatus().current) console.warn('[tests] the sources changed after this run built the app: serving the build as it is.')
  const ownDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-server-'))
  const dir = options.shareDatabaseOf?.dir ?? ownDir
  const databaseFile = path.join(dir, 'newsroom.db')
  if (!databaseReachable) fs.mkdirSync(databaseFile)
  const port = await freePort()
  const env = { ...newsroomEnv(dir, port), ...options.email, ...options.storage, ...options.env }

  const script = (file: string, extraEnv: Record<string, string> = {}) => {
    const result = spawnSync(bin('tsx'), [file], { cwd: root, encoding: 'utf8', env: scriptEnv(env, extraEnv) })
    if (result.status !== 0) throw new Error(`${file} failed:\n${result.stdout}\n${result.stderr}`)
  }
  if (databaseReachable && !options.shareDatabaseOf) {
    script('seed/run.ts')
    script('tests/support/pageFixtures.ts', { SCHEDULE_STORY: options.scheduleStory ? '1' : '0' })
  }

  const logFile = path.join(ownDir, 'server.log')
  const log = fs.openSync(logFile, 'a')
  // `npm start`, as production runs it; the port comes from PORT. No hostname: with an explicit one,
  // Next 16 treats the proxy's rewrites as requests to another host (decision 003).
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env,
    stdio: ['ignore', log, log],
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitUntilUp(`${url}/`, child, 60_000, (status) => (databaseReachable ? status === 200 : status > 0))
  } catch (error) {
    process.kill(-child.pid!, 'SIGKILL')
    throw new Error(`${(error as Error).message}\n${fs.readFileSync(logFile, 'utf8')}`)
  }

  return {
    url,
    dir,
    processGroup: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        process.kill(-child.pid!, 'SIGTERM')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
      }
      fs.closeSync(log)
      // Kept for whoever investigates a failure; .tmp/ is git-ignored.
      fs.mkdirSync(path.join(root, '.tmp'), { recursive: true })
      fs.copyFileSync(logFile, path.join(root, '.tmp', options.shareDatabaseOf ? `last-server-${port}.log` : 'last-server.log'))
      fs.rmSync(ownDir, { recursive: true, force: true })
    },
  }
}
