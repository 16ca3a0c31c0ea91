import { READER_ACCESS_PATH, readerAccessResponseSchema, type ReaderAccessRequest, type ReaderAccessResponse } from '@/paywall/readerAccess'

import { internalFetch, type OwnServer } from './internalRequest'
import { UnmeteredSessions } from './unmeteredSessions'

const unmetered = new UnmeteredSessions({ maxEntries: 10_000, ttlMs: 30_000 })

/** The server's answer for a signed-in visitor, or null when it could not answer (then the caller fails safe). */
export async function askReaderAccess(request: ReaderAccessRequest, server: OwnServer): Promise<ReaderAccessResponse | null> {
  if (unmetered.has(request.token, Date.now())) return { signedIn: true, readsEverything: true, rendering: 'full' }
  const answer = await fetchReaderAccess(request, server)
  if (answer?.signedIn && answer.readsEverything) unmetered.remember(request.token, Date.now())
  return answer
}

async function fetchReaderAccess(request: ReaderAccessRequest, server: OwnServer): Promise<ReaderAccessResponse | null> {
  try {
    const response = await internalFetch(READER_ACCESS_PATH, server, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })
    return response.ok ? readerAccessResponseSchema.parse(await response.json()) : null
  } catch {
    return null
  }
}
