import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import next from 'next'

import { shareChangesThrough } from '@/delivery/clusterSignals'
import { answerOtherSpelling } from '@/delivery/canonicalRequest'
import { answerReaderPage } from '@/delivery/pageServer'
import { hashesPassword, inHashingTurn } from '@/delivery/passwordHashing'
import { isInternalPath } from '@/delivery/internalRoutes'
import { purgeBuildTimeCopies } from '@/delivery/purgeRequest'
import { answerRateLimited, identifyClient } from '@/delivery/rateLimits'
import { validateEnvironmentOrExit } from '@/lib/platform/env'
import { loadEnvFiles } from '@/lib/platform/envFiles'

/**
 * The production server (`npm start`; `npm run build` bundles it into dist/server.mjs, since run
 * through tsx, its loader doubled the memory of the whole process): Next's own request handler,
 * behind a thin layer that answers page loads of the home page and stories from cached,
 * pre-compressed renderings (delivery/pageServer.ts, decision 011), and in front of both the
 * per-client rate limits (delivery/rateLimits/index.ts). Everything else is Next's, unchanged.
 * `npm run dev` stays `next dev`, where the proxy renders those pages on each request.
 */
// .env first, as `next start` would: a setting that is wrong stops the server naming its file and line.
loadEnvFiles()
const env = validateEnvironmentOrExit()
// Several instances: each hears the others' publishes and account changes (delivery/clusterSignals.ts).
if (env.REDIS_URL) shareChangesThrough(env.REDIS_URL)
const app = next({ dev: false, port: env.PORT })
const handle = app.getRequestHandler()
await app.prepare()

// Until the build's copies are purged (milliseconds after listening), readers wait: none gets the build's
// feed, or a copy the purge then drops. The purge itself is a request to the server's internal routes.
let startingUp: Promise<void> | null = null

const server = createServer((request, response) => {
  if (answerOtherSpelling(request, response, env)) return
  if (startingUp && !isInternalPath((request.url ?? '/').split('?', 1)[0])) {
    void startingUp.then(() => answer(request, response))
    return
  }
  answer(request, response)
}).listen(env.PORT, () => {
  startingUp = purgeBuildTimeCopies().finally(() => {
    startingUp = null
    console.log(`Ready on port ${env.PORT}`)
  })
})

function answer(request: IncomingMessage, response: ServerResponse): void {
  // Logins, registration, password resets and the webhook are limited per client address first
  // (delivery/rateLimits/index.ts): only this server sees the socket's address, and it names the client
  // to the app too (GraphQL's logins are counted by their route, which reads the body anyway).
  const client = identifyClient(request, env)
  answerRateLimited(request, response, client, env)
    .catch((error: unknown) => {
      // A limiter that cannot count must not take the sign-in down with it: the request goes on.
      console.error('The rate limiter failed; the request goes on unlimited:', error)
      return false
    })
    .then((limited) => limited || answerReaderPage(request, response, env))
    .then((answered) => {
      if (answered) return
      if (hashesPassword(request)) return inHashingTurn(request, response, env, () => handle(request, response))
      return handle(request, response)
    })
    .catch((error: unknown) => {
      console.error('The reader page layer failed; Next answers instead:', error)
      if (!response.headersSent) return handle(request, response)
      response.destroy()
    })
}

// A stop (docker stop, a deploy): requests in flight finish, for a few seconds at most.
const STOP_GRACE_MS = 5_000
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref()
  })
}
