import { READER_ACCESS_PATH, readerAccessResponseSchema, type ReaderAccessRequest, type ReaderAccessResponse } from '@/paywall/readerAccess'

import { INTERNAL_REQUEST_HEADER, internalRequestToken } from './internalRequest'
import { UnmeteredSessions } from './unmeteredSessions'

const FETCH_TIMEOUT_MS = 5_000

const unmetered = new UnmeteredSessions({ maxEntries: 10_000, ttlMs: 30_000 })

/** The server's answer for a signed-in visitor, or null when it could not answer (then the caller fails safe). */
export async function askReaderAccess(request: ReaderAccessRequest, port: number, secret: string): Promise<ReaderAccessResponse | null> {
  if (unmetered.has(request.token, Date.now())) return { signedIn: true, readsEverything: true, rendering: 'full' }
  const answer = await fetchReaderAccess(request, port, secret)
  if (answer?.signedIn && answer.readsEverything) unmetered.remember(request.token, Date.now())
  return answer
}

async function fetchReaderAccess(request: ReaderAccessRequest, port: number, secret: string): Promise<ReaderAccessResponse | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${READER_ACCESS_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_REQUEST_HEADER]: await internalRequestToken(secret) },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    })
    return response.ok ? readerAccessResponseSchema.parse(await response.json()) : null
  } catch {
    return null
  }
}
