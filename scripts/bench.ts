/**
 * How fast reader pages answer, against baselines measured in the same run on
 * the same server: a static file (the ceiling) and /subscribe (a page Payload
 * renders on every request). Prints requests per second and the ratios.
 *
 *   npm run bench            # 8 s per target, 32 connections
 *   BENCH_SECONDS=20 npm run bench
 */
import autocannon from 'autocannon'

import { DEMO_LOGINS, DEMO_PASSWORD, MAIN_STORY_SLUG } from '../seed/constants'
import { startNewsroom } from '../tests/support/server'

const seconds = Number(process.env.BENCH_SECONDS ?? 8)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32)

type Measured = { rps: number; p99: number; non2xx: number }

/** `perConnection`: each connection sends its own cookie (many readers), instead of all the same one. */
async function measure(url: string, headers: Record<string, string> = {}, perConnection: string[] = []): Promise<Measured> {
  let next = 0
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    setupClient: perConnection.length
      ? (client) => client.setHeaders({ ...headers, cookie: perConnection[next++ % perConnection.length] })
      : undefined,
  })
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx }
}

const newsroom = await startNewsroom()
try {
  const story = `${newsroom.url}/articles/${MAIN_STORY_SLUG}`
  // A reader who has already counted this story: each request re-reads it, as the meter allows.
  const first = await fetch(story)
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

  // Signed-in readers: the proxy asks /internal/reader-access, which verifies the session with Payload.
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
  // One free account per connection: the meter is updated one request at a time per reader, and one
  // person does not send 32 requests at once.
  const freeAccounts: string[] = []
  for (let index = 0; index < connections; index += 1) {
    freeAccounts.push(await signedIn(`bench-free-${index}@example.com`, { plan: 'free', status: 'none' }))
  }

  // Warm every path once so no target pays for a first render (and the free account counts this story).
  for (const [url, cookie] of [[story, meterCookie], [story, exhausted], [story, subscriber], ...freeAccounts.map((cookie) => [story, cookie]), [`${newsroom.url}/`, ''], [`${newsroom.url}/subscribe`, '']]) {
    await fetch(url, { headers: cookie ? { cookie } : {} })
  }

  const STATIC = 'static file (/robots.txt)'
  const DYNAMIC = '/subscribe (rendered per request)'
  const targets = {
    [STATIC]: await measure(`${newsroom.url}/robots.txt`),
    'home page (proxy + cached variant)': await measure(`${newsroom.url}/`),
    'story, metered reader (proxy + cached variant)': await measure(story, { cookie: meterCookie }),
    'story, gated reader (proxy + cached gated variant)': await measure(story, { cookie: exhausted }),
    'story, subscriber (proxy + session check + cached)': await measure(story, { cookie: subscriber }),
    'story, free accounts (proxy + session + meter + cached)': await measure(story, {}, freeAccounts),
    [DYNAMIC]: await measure(`${newsroom.url}/subscribe`),
  }

  const baseline = targets[STATIC].rps
  const dynamic = targets[DYNAMIC].rps
  console.log(`\n${connections} connections, ${seconds} s per target, one machine (noisy: compare ratios, not absolutes)\n`)
  console.log('target'.padEnd(56), 'req/s'.padStart(8), 'p99 ms'.padStart(8), '÷static'.padStart(8), '×dynamic'.padStart(9), 'non-2xx'.padStart(8))
  for (const [name, { rps, p99, non2xx }] of Object.entries(targets)) {
    console.log(
      name.padEnd(56),
      rps.toFixed(0).padStart(8),
      String(p99).padStart(8),
      (rps / baseline).toFixed(2).padStart(8),
      (rps / dynamic).toFixed(1).padStart(9),
      String(non2xx).padStart(8),
    )
  }
} finally {
  await newsroom.stop()
}
