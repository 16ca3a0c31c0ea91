import type { IncomingMessage, ServerResponse } from 'node:http'

import { canonicalPath } from '@/lib/http/canonicalPath'
import type { ServerEnv } from '@/lib/platform/env'

import { layerHeaders } from './layerHeaders'
import { badAddressPage } from './plainPages'

/**
 * Run by server.ts before any rule: from here on `request.url` is in its one spelling, so limits,
 * the internal guard, the form-post check and cache keys all judge the path the app routes.
 * A page load of another spelling is sent to the canonical one (308); any other request is
 * routed as the canonical path; one no layer reads the same way is a 400. `true`: answered.
 */
export function answerOtherSpelling(request: IncomingMessage, response: ServerResponse, env: ServerEnv): boolean {
  const url = request.url ?? '/'
  const queryStart = url.indexOf('?')
  const rawPath = queryStart === -1 ? url : url.slice(0, queryStart)
  const query = queryStart === -1 ? '' : url.slice(queryStart)
  const canonical = canonicalPath(rawPath)
  if (canonical.kind === 'canonical') return false
  if (canonical.kind === 'refused') {
    request.resume()
    const { html, init } = badAddressPage()
    response.writeHead(400, { ...(init.headers as Record<string, string>), ...layerHeaders(env) }).end(request.method === 'HEAD' ? undefined : html)
    return true
  }
  if (request.method === 'GET' || request.method === 'HEAD') {
    response.writeHead(308, { location: `${canonical.path}${query}`, 'cache-control': 'no-store', ...layerHeaders(env) }).end()
    return true
  }
  request.url = `${canonical.path}${query}`
  return false
}
