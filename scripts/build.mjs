// `npm run build`: Next's production build, the server bundle, then a stamp of the sources built.
// `--if-stale` (npm run demo, the test suites) builds only when the sources differ from the stamp.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url))
const STAMP = path.join('.next', 'newsroom-build.json')
const SERVER_BUNDLE = path.join('dist', 'server.mjs')
// `next build` bakes these into the build (next.config.mjs): a change to one needs a new build.
const BUILD_SETTINGS = ['SITE_URL', 'NEWSROOM_BUILD_ID', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY']
const NOT_BUILT = ['tests', 'scripts', 'docs', '.ci', 'deploy', 'docker-compose.yml', '.env.example', '.gitignore', 'vitest.config.ts']
// Next's order for production: first found wins.
const ENV_FILES = ['.env.production.local', '.env.local', '.env.production', '.env']

// Null outside a git checkout (an image built from a copy): nothing to compare, so always stale.
function buildInputs(root) {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
  if (listed.status !== 0) return null
  const outsideApp = (file) =>
    file.endsWith('.md') || NOT_BUILT.some((entry) => file === entry || file.startsWith(`${entry}/`))
  return listed.stdout
    .split('\0')
    .filter((file) => file !== '' && !outsideApp(file) && fs.existsSync(path.join(root, file)))
    .sort()
}

function buildSetting(root, env, name) {
  if (env[name] !== undefined) return env[name]
  const assignment = new RegExp(`^\\s*(export\\s+)?${name}\\s*=`)
  for (const file of ENV_FILES) {
    const contents = fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file), 'utf8') : ''
    const line = contents.split(/\r?\n/).findLast((candidate) => assignment.test(candidate))
    if (line !== undefined) return line.replace(/^[^=]*=\s*/, '').replace(/\s+#.*$/, '').replace(/^(['"])(.*)\1$/, '$2')
  }
  return null
}

/** @typedef {Record<string, string | undefined>} Env */

/**
 * @param {string} [root]
 * @param {Env} [env]
 */
export function sourceState(root = PROJECT_ROOT, env = process.env) {
  const files = buildInputs(root)
  if (files === null) return null
  const digest = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16)
  const settings = digest(JSON.stringify(BUILD_SETTINGS.map((name) => buildSetting(root, env, name))))
  return { settings, files: Object.fromEntries(files.map((file) => [file, digest(fs.readFileSync(path.join(root, file)))])) }
}

/**
 * @param {string} [root]
 * @param {Env} [env]
 * @returns {{ current: boolean; reason: string }}
 */
export function buildStatus(root = PROJECT_ROOT, env = process.env) {
  const now = sourceState(root, env)
  if (now === null) return { current: false, reason: 'not a git checkout, so the sources cannot be compared' }
  const stamp = path.join(root, STAMP)
  if (!fs.existsSync(path.join(root, SERVER_BUNDLE)) || !fs.existsSync(stamp)) return { current: false, reason: 'no build yet' }
  const built = JSON.parse(fs.readFileSync(stamp, 'utf8'))
  if (built.settings !== now.settings) return { current: false, reason: `a build setting changed (${BUILD_SETTINGS.join(', ')})` }
  const names = new Set([...Object.keys(built.files), ...Object.keys(now.files)])
  const changed = [...names].filter((file) => built.files[file] !== now.files[file])
  if (changed.length === 0) return { current: true, reason: 'the build is current' }
  const shown = changed.slice(0, 3).join(', ')
  return { current: false, reason: `${changed.length} source file(s) changed since the last build: ${shown}${changed.length > 3 ? ', …' : ''}` }
}

/**
 * `state` is read before the build started, so a change made during it makes the next build stale.
 * @param {ReturnType<typeof sourceState>} state
 * @param {string} [root]
 */
export function stampBuild(state, root = PROJECT_ROOT) {
  if (state) fs.writeFileSync(path.join(root, STAMP), JSON.stringify(state))
}

/**
 * @param {{ ifStale?: boolean; env?: Env }} [options]
 */
export function build({ ifStale = false, env = process.env } = {}) {
  const status = buildStatus(PROJECT_ROOT, env)
  if (ifStale && status.current) {
    console.log('[build] The production build is current: reusing it.')
    return
  }
  if (ifStale) console.log(`[build] Building the app (2–6 minutes on 2 cores): ${status.reason}.`)
  const state = sourceState(PROJECT_ROOT, env)
  fs.rmSync(path.join(PROJECT_ROOT, STAMP), { force: true })
  for (const [command, args] of [
    [path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next'), ['build']],
    ['npm', ['run', '--silent', 'build:server']],
  ]) {
    const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env })
    if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
  }
  stampBuild(state)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    build({ ifStale: process.argv.includes('--if-stale') })
  } catch (error) {
    console.error(`[build] ${error.message}`)
    process.exit(1)
  }
}
