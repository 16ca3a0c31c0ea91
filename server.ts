import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import next from 'next'

import { shareChangesThrough } from '@/delivery/clusterSignals'
import { answerOtherSpelling } from '@/delivery/canonicalRequest'
import { answerReaderPage, answerReaderPageNow } from '@/delivery/pageServer'
import { hashesPassword, inHashingTurn } from '@/delivery/passwordHashing'
import { isInternalPath } from '@/delivery/internalRoutes'
import { purgeBuildTimeCopies } from '@/delivery/purgeRequest'
import { answerRateLimited, identifyClient, limitedPost } from '@/delivery/rateLimits'
import { whileAnswering } from '@/delivery/requestScope'
import { validateEnvironmentOrExit } from '@/lib/platform/env'
import { loadEnvFiles } from '@/lib/platform/envFiles'
import { flushBeforeStop } from '@/stats/recorder'

/**
 * The production server: each path in one spelling first (decision 013), per-client rate limits,
 * then a thin layer that answers cached page loads before Next (decision 011). The rest is Next's.
 * Bundled by `npm run build` (dist/server.mjs); `npm run dev` stays `next dev`.
 */
// .env first, as `next start` would, so a wrong setting stops the server naming its file and line.
loadEnvFiles()
const env = validateEnvironmentOrExit()
if (env.REDIS_URL) shareChangesThrough(env.REDIS_URL)
const app = next({ dev: false, port: env.PORT })
const handle = app.getRequestHandler()
await app.prepare()

// Readers wait until the build's copies are purged, so none gets the build's feed.
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
  // Only this server sees the socket's address, so it limits logins and names the client to the app.
  const client = identifyClient(request, env)
  if (limitedPost(request.method, request.url ?? '/') === null) return answerUnlimited(request, response)
  answerRateLimited(request, response, client, env)
    .catch((error: unknown) => {
      // A limiter that cannot count must not take the sign-in down with it: the request goes on.
      console.error('The rate limiter failed; the request goes on unlimited:', error)
      return false
    })
    .then((limited) => limited || answerUnlimited(request, response))
}

// A page load the layer has kept is answered in this call; anything else waits its turn.
function answerUnlimited(request: IncomingMessage, response: ServerResponse): void {
  let answered: boolean | undefined
  try {
    answered = answerReaderPageNow(request, response, env)
  } catch (error) {
    return layerFailed(request, response, error)
  }
  if (answered === true) return
  const later = answered === false ? Promise.resolve(false) : answerReaderPage(request, response, env)
  later
    .then((servedByLayer) => {
      if (servedByLayer) return
      if (hashesPassword(request)) return inHashingTurn(request, response, env, () => handleByNext(request, response))
      return handleByNext(request, response)
    })
    .catch((error: unknown) => layerFailed(request, response, error))
}

function layerFailed(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  console.error('The reader page layer failed; Next answers instead:', error)
  if (!response.headersSent) return void handleByNext(request, response)
  response.destroy()
}

// What Next runs for this request may purge at once; work off a request asks the purge route.
const handleByNext = (request: IncomingMessage, response: ServerResponse) => whileAnswering(response, () => handle(request, response))

// A stop lets requests in flight finish, for a few seconds at most, then writes the last numbers.
const STOP_GRACE_MS = 5_000
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => void flushBeforeStop().finally(() => process.exit(0)))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref()
  })
}
