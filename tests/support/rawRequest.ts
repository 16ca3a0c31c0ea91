import http from 'node:http'

export type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer }
export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number }

const REQUEST_TIMEOUT_MS = 15_000

/** Sent with node:http as written: fetch would normalise the path (`/./`, `%2e`) and refuse some headers. */
export function sendAsWritten(origin: string | URL, request: RawRequest, agent?: http.Agent): Promise<RawAnswer> {
  const { hostname, port } = new URL(origin)
  const started = performance.now()
  const answer = (status: number, body: string, headers: http.IncomingHttpHeaders = {}): RawAnswer => ({ status, headers, body, ms: performance.now() - started })
  return new Promise((resolve) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body)
    const outgoing = http.request(
      {
        host: hostname,
        port,
        method: request.method,
        path: request.path,
        agent,
        headers: { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve(answer(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), response.headers)))
        response.on('error', () => resolve(answer(0, 'response broken off')))
      },
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')))
    // The server may answer (413, 431) and close before an oversized body is sent: that answer counts.
    outgoing.on('error', (error) => resolve(answer(0, `no answer: ${error.message}`)))
    outgoing.end(body)
  })
}
