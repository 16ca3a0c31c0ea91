/**
 * Reader pages against a baseline from the same server in the same run: a static file of Next's of
 * about a story page's size. Exits non-zero when a target is missed. Also beside the ceiling: a bare
 * Node server answering the story's bytes from memory in its own process (scripts/bareServer.mjs).
 *
 *   npm run bench            # 8 s per target, 32 connections
 *   BENCH_SECONDS=20 npm run bench
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { DEMO_LOGINS, DEMO_PASSWORD, MAIN_STORY_SLUG } from '../seed/constants'
import { prepareProductionBuild, startNewsroom } from '../tests/support/server'

const seconds = Number(process.env.BENCH_SECONDS ?? 8)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32)
// As a browser says it, so each story read is recorded in the newsroom's numbers (crawlers are not).
const BROWSER = { 'accept-encoding': 'gzip, br', 'accept-language': 'en-GB,en;q=0.9', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) newsroom-bench' }

const TARGETS = { throughputRatio: 0.8, p50Ratio: 1.5, freeAccountsRatio: 0.5, storyJavaScriptGzipBytes: 80 * 1024, peakRssBytes: 400 * 1024 * 1024 }
// Where issue 24 puts the layer against the bare server; shown, not yet enforced (docs/performance.md).
const BARE_GOALS = { sharedPage: 0.85, story: 0.7 }

type Measured = { rps: number; p50: number; p99: number; errors: number }

// `perConnection`: each connection sends its own cookie, as many readers would.
async function measure(url: string, headers: Record<string, string> = {}, perConnection: string[] = [], clients = connections): Promise<Measured> {
  let next = 0
  const result = await autocannon({
    url,
    connections: clients,
    duration: seconds,
    headers,
    setupClient: perConnection.length ? (client) => client.setHeaders({ ...headers, cookie: perConnection[next++ % perConnection.length] }) : undefined,
  })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx }
}

// Linux only: VmRSS now, VmHWM at its peak.
function serverRss(processGroup: number, which: 'VmRSS' | 'VmHWM' = 'VmHWM'): number {
  let peak = 0
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (group !== processGroup) continue
      const hwm = new RegExp(`${which}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024)
    } catch {
        // The process ended meanwhile.
    }
  }
  return peak
}

// The baseline, served by the same server.
function staticFileOfSize(bytes: number): { urlPath: string; size: number } {
  const dir = path.join(process.cwd(), '.next', 'static', 'chunks')
  const files = fs.readdirSync(dir).filter((file) => file.endsWith('.js'))
  const sized = files.map((file) => ({ urlPath: `/_next/static/chunks/${file}`, size: fs.statSync(path.join(dir, file)).size }))
  return sized.reduce((best, each) => (Math.abs(each.size - bytes) < Math.abs(best.size - bytes) ? each : best))
}

async function storyJavaScript(base: string, html: string): Promise<{ scripts: number; gzipBytes: number }> {
  const executable = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/type=["']?application\/(ld\+)?json/i.test(attributes))
  let gzipBytes = 0
  for (const [, attributes, inline] of executable) {
    const src = /\bsrc=["']([^"']+)["']/.exec(attributes)?.[1]
    const code = src ? Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()) : Buffer.from(inline)
    gzipBytes += gzipSync(code).length
  }
  return { scripts: executable.length, gzipBytes }
}

async function startBareServer(html: string): Promise<{ url: string; stop: () => void }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bare-')), 'story.html')
  fs.writeFileSync(file, html)
  const child = spawn(process.execPath, [path.join(process.cwd(), 'scripts', 'bareServer.mjs'), file], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<string>((resolve) => child.stdout.once('data', (chunk) => resolve(String(chunk).trim())))
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() }
}

prepareProductionBuild()
const newsroom = await startNewsroom()
let missed: string[] = []
try {
  const story = `${newsroom.url}/articles/${MAIN_STORY_SLUG}`
  const first = await fetch(story)
  const storyHtml = await first.text()
  // A reader who has already counted this story: each request re-reads it, as the meter allows.
  const meterCookie = first.headers.getSetCookie()[0]?.split(';')[0]
  if (!meterCookie) throw new Error('the story page set no meter cookie')
  const exhausted = await (async () => {
    let cookie = ''
    for (const slug of ['edmundo-novillo-bolivia-defense-minister-profile', 'washington-wary-of-iranian-drones-for-bolivia', 'how-bolivia-says-it-would-use-iranian-drones']) {
      const response = await fetch(`${newsroom.url}/articles/${slug}`, { headers: cookie ? { cookie } : {} })
      cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? cookie
    }
    return cookie
  })()

  const json = (body: unknown, cookie = '') => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  })
  const sessionOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))?.split(';')[0] ?? ''
  const staff = sessionOf(await fetch(`${newsroom.url}/api/users/login`, json({ email: DEMO_LOGINS.admin.email, password: DEMO_PASSWORD })))
  const signedIn = async (email: string, subscription: Record<string, unknown>): Promise<string> => {
    const password = 'bench reader password'
    const created = await fetch(`${newsroom.url}/api/readers`, json({ name: email, email, password, subscription }, staff))
    if (created.status !== 201) throw new Error(`creating ${email} answered ${created.status}`)
    const session = sessionOf(await fetch(`${newsroom.url}/api/readers/login`, json({ email, password })))
    if (!session) throw new Error(`${email} got no session`)
    return session
  }
  const subscriber = await signedIn('bench-subscriber@example.com', {
    plan: 'subscriber',
    status: 'active',
    currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  })
  // One free account per connection: one person does not send 32 requests at once.
  const freeAccounts: string[] = []
  for (let index = 0; index < connections; index += 1) freeAccounts.push(await signedIn(`bench-free-${index}@example.com`, { plan: 'free', status: 'none' }))

  // Every path once, so no target pays for a first render.
  for (const cookie of [meterCookie, exhausted, subscriber, ...freeAccounts, '']) await (await fetch(story, { headers: cookie ? { cookie } : {} })).arrayBuffer()
  await (await fetch(`${newsroom.url}/`)).arrayBuffer()
  const personPage = `${newsroom.url}/people/edmundo-novillo`
  await (await fetch(personPage)).arrayBuffer()
  // Search is rendered per query, from the index in memory: printed, with no target (issue 24).
  const searchPage = `${newsroom.url}/search?q=drones`
  // At 8 connections, as issue 24 measures search: 32 renders at once added 13 MB to the peak memory.
  const SEARCH_CONNECTIONS = 8
  const SEARCH = `search, one query repeated (/search?q=drones, ${SEARCH_CONNECTIONS} connections)`
  await (await fetch(searchPage)).arrayBuffer()

  const baselineFile = staticFileOfSize(Buffer.byteLength(storyHtml))
  const STATIC = `static file, ${(baselineFile.size / 1024).toFixed(1)} KB`
  const BARE = 'bare Node server, the story bytes'
  const rows: [string, Measured, 'browser' | 'plain' | 'free'][] = []
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
  const memory = [`after setup ${megabytes(serverRss(newsroom.processGroup))}`]
  const run = async (name: string, url: string, headers: Record<string, string>, kind: 'browser' | 'plain' | 'free', perConnection: string[] = [], clients = connections) => {
    rows.push([name, await measure(url, headers, perConnection, clients), kind])
    memory.push(`${name}: ${megabytes(serverRss(newsroom.processGroup, 'VmRSS'))}`)
  }

  const bare = await startBareServer(storyHtml)
  await run(`${BARE} (gzip, br)`, bare.url, BROWSER, 'browser')
  await run(`${STATIC} (gzip, br)`, `${newsroom.url}${baselineFile.urlPath}`, BROWSER, 'browser')
  await run('home page', `${newsroom.url}/`, BROWSER, 'browser')
  // A page the same for every reader, from the layer's copy too.
  await run('a person’s page', personPage, BROWSER, 'browser')
  await run(SEARCH, searchPage, BROWSER, 'browser', [], SEARCH_CONNECTIONS)
  await run('story, metered reader re-reading', story, { ...BROWSER, cookie: meterCookie }, 'browser')
  await run('story, gated reader', story, { ...BROWSER, cookie: exhausted }, 'browser')
  // No cookie: every request is a first visit, counted, and sets a new meter cookie.
  await run('story, first-time reader', story, BROWSER, 'browser')
  await run('story, subscriber', story, { ...BROWSER, cookie: subscriber }, 'browser')
  await run('story, free accounts (one per connection)', story, BROWSER, 'free', freeAccounts)
  await run(`${STATIC} (no compression)`, `${newsroom.url}${baselineFile.urlPath}`, {}, 'plain')
  await run('story, metered reader re-reading (no compression)', story, { cookie: meterCookie }, 'plain')
  await run(`${BARE} (no compression)`, bare.url, {}, 'plain')
  bare.stop()

  const baselineOf = (prefix: string, kind: 'browser' | 'plain' | 'free') =>
    rows.find(([name, , each]) => name.startsWith(prefix) && each === (kind === 'plain' ? 'plain' : 'browser'))![1]
  console.log(`\n${connections} connections, ${seconds} s per target, one machine (noisy: compare ratios, not absolutes)`)
  console.log(`story page HTML ${(Buffer.byteLength(storyHtml) / 1024).toFixed(1)} KB; baseline ${baselineFile.urlPath}\n`)
  console.log(['target'.padEnd(52), 'req/s'.padStart(7), 'p50 ms'.padStart(7), 'p99 ms'.padStart(7), 'errors'.padStart(7), '÷static'.padStart(8), 'p50÷'.padStart(6), '÷bare'.padStart(6), 'target'.padStart(18), 'goal ÷bare'.padStart(11)].join(' '))
  for (const [name, measured, kind] of rows) {
    const baseline = baselineOf(STATIC, kind)
    const ratio = measured.rps / baseline.rps
    const p50Ratio = measured.p50 / Math.max(1, baseline.p50)
    const bareRatio = measured.rps / baselineOf(BARE, kind).rps
    const isBaseline = name.startsWith(STATIC) || name.startsWith(BARE)
    const shownOnly = name === SEARCH
    let target = shownOnly ? 'shown only' : ''
    let goal = ''
    if (!isBaseline && !shownOnly) {
      const wanted = name.startsWith('story') ? BARE_GOALS.story : BARE_GOALS.sharedPage
      goal = `≥ ${wanted}× ${bareRatio >= wanted ? '✓' : '·'}`
    }
    if (!isBaseline && !shownOnly) {
      const wanted = kind === 'free' ? TARGETS.freeAccountsRatio : TARGETS.throughputRatio
      target = kind === 'free' ? `≥ ${wanted}×` : `≥ ${wanted}×, p50 ≤ ${TARGETS.p50Ratio}×`
      const met = ratio >= wanted && (kind === 'free' || p50Ratio <= TARGETS.p50Ratio) && measured.errors === 0
      if (!met) missed.push(`${name}: ${ratio.toFixed(2)}× the static file, p50 ${p50Ratio.toFixed(2)}×, ${measured.errors} errors`)
      target += met ? ' ✓' : ' ✗'
    }
    console.log(
      [
        name.padEnd(52),
        measured.rps.toFixed(0).padStart(7),
        String(measured.p50).padStart(7),
        String(measured.p99).padStart(7),
        String(measured.errors).padStart(7),
        ratio.toFixed(2).padStart(8),
        p50Ratio.toFixed(2).padStart(6),
        bareRatio.toFixed(2).padStart(6),
        target.padStart(18),
        goal.padStart(11),
      ].join(' '),
    )
  }

  const javascript = await storyJavaScript(newsroom.url, storyHtml)
  const rss = serverRss(newsroom.processGroup)
  console.log(`\nstory page JavaScript: ${javascript.scripts} scripts, ${(javascript.gzipBytes / 1024).toFixed(1)} KB gzip (target ≤ ${TARGETS.storyJavaScriptGzipBytes / 1024} KB)`)
  console.log(`server peak memory (RSS): ${megabytes(rss)} (target ≤ ${megabytes(TARGETS.peakRssBytes)}); peak ${memory[0]}, then after each target: ${memory.slice(1).join('; ')}`)
  if (javascript.gzipBytes > TARGETS.storyJavaScriptGzipBytes) missed.push(`story page JavaScript: ${(javascript.gzipBytes / 1024).toFixed(1)} KB gzip`)
  if (rss > TARGETS.peakRssBytes) missed.push(`peak memory: ${(rss / 1024 / 1024).toFixed(0)} MB`)
} catch (error) {
  missed = [`the bench failed: ${error instanceof Error ? error.message : String(error)}`]
} finally {
  await newsroom.stop()
}
if (missed.length) {
  console.log(`\nTargets missed:\n${missed.map((line) => `  - ${line}`).join('\n')}`)
  process.exitCode = 1
} else console.log('\nEvery target met.')
