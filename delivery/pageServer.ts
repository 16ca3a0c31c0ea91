import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'

import { parse as parseCookieHeader, serialize as serializeCookie } from 'cookie'

import { preferredEncoding } from '@/lib/http/compressedBodies'
import type { ServerEnv } from '@/lib/platform/env'
import { SESSION_COOKIE } from '@/lib/http/sessionCookie'
import { METER_COOKIE } from '@/paywall/meterCookie'

import { changedSince } from './contentGeneration'
import { layerHeaders } from './layerHeaders'
import { unavailablePage } from './plainPages'
import { CLIENT_HEADER } from './rateLimits'
import { isSharedReaderPage } from './sharedPages'
import { storyFacts } from './storyFacts'
import { noteStoryRead } from './storyReads'
import { decideStory, isPrefetch, STORY_CACHE_CONTROL, storyOfPath, type CountedRead } from './storyRequest'
import { cachedPage, HOME_PAGE_PATH, sharedPagePath, storyOfVariantPath, type CachedPagePath, type Page } from './variantPages'

/**
 * Answers page loads of the home page, stories and shared pages from this process's copies,
 * skipping Next's request handling, which cost three quarters of a static file's speed
 * (docs/performance.md). Anything it cannot answer goes on to Next: `false`.
 */
export async function answerReaderPage(request: IncomingMessage, response: ServerResponse, env: ServerEnv): Promise<boolean> {
  const { method, headers } = request
  if (method !== 'GET' && method !== 'HEAD') return false
  const [pathname, query = ''] = (request.url ?? '/').split('?', 2)
  // Router requests and server actions: the proxy decides those.
  if (headers.rsc !== undefined || headers['next-action'] !== undefined || /(^|&)_rsc=/.test(query)) return false
  const search = query ? `?${query}` : ''

  if (pathname === '/') return servePage(request, response, HOME_PAGE_PATH, env, { cacheControl: null, countedRead: null, onServed: null })
  if (isSharedReaderPage(pathname)) return servePage(request, response, sharedPagePath(pathname), env, { cacheControl: null, countedRead: null, onServed: null })

  const slug = storyOfPath(pathname)
  if (slug === null) return false
  const cookies = parseCookieHeader(headers.cookie ?? '')
  const mayCount = method === 'GET' && !isPrefetch((name) => header(headers, name))
  const answer = await decideStory(slug, { sessionToken: cookies[SESSION_COOKIE], meterCookie: cookies[METER_COOKIE], mayCount }, env)
  if (answer.kind === 'no-story') return false
  if (answer.kind === 'moved') {
    response.writeHead(308, { location: `${answer.location}${search}`, ...layerHeaders(env) }).end()
    return true
  }
  const onServed = mayCount
    ? () => noteStoryRead(slug, answer, { header: (name) => header(headers, name), query, client: header(headers, CLIENT_HEADER) ?? null }, env.PAYLOAD_SECRET)
    : null
  return servePage(request, response, answer.path, env, { cacheControl: STORY_CACHE_CONTROL, countedRead: answer.countedRead, onServed })
}

async function servePage(
  request: IncomingMessage,
  response: ServerResponse,
  path: CachedPagePath,
  env: ServerEnv,
  // `onServed`: the story reached its reader, and is counted in the newsroom's numbers.
  options: { cacheControl: string | null; countedRead: CountedRead | null; onServed: (() => void) | null },
): Promise<boolean> {
  const page = await cachedPage(path, env, (older, keptInGeneration) => olderCopyMayStandIn(path, older, keptInGeneration, env))
  if (page === null) {
    const { html, init } = unavailablePage()
    response.writeHead(init.status ?? 503, { ...(init.headers as Record<string, string>), ...layerHeaders(env) }).end(html)
    return true
  }
  // A story withdrawn a moment ago: Next answers, with its 404 page.
  if ('missing' in page) return false

  const encoding = preferredEncoding(header(request.headers, 'accept-encoding'))
  const body = page.bodies[encoding]
  response.writeHead(200, {
    'content-type': page.contentType,
    'content-length': body.length,
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    vary: 'Accept-Encoding',
    ...(options.cacheControl ? { 'cache-control': options.cacheControl } : {}),
    // A read is counted only when the reader gets the story.
    ...(options.countedRead ? { 'set-cookie': serializeCookie(options.countedRead.name, options.countedRead.value, options.countedRead) } : {}),
    ...layerHeaders(env),
  })
  response.end(request.method === 'HEAD' ? undefined : body)
  options.onServed?.()
  return true
}

/**
 * A stale copy stands in only for another story's page: the home page must show a new story,
 * and a changed story is checked by its journalist. Every story it links to must still be live.
 */
async function olderCopyMayStandIn(path: CachedPagePath, page: Page, keptInGeneration: number, env: ServerEnv): Promise<boolean> {
  const slug = storyOfVariantPath(path)
  if (slug === null) return false
  const changed = changedSince(keptInGeneration)
  if (changed === 'everything' || changed.has(slug)) return false
  const facts = await Promise.all(page.linkedStories.map((linked) => storyFacts(linked, env)))
  return facts.every((each) => each?.story)
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}
