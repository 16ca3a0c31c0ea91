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
import { decideStory, decideStoryNow, isPrefetch, STORY_CACHE_CONTROL, storyOfPath, type CountedRead, type StoryAnswer, type StoryReader } from './storyRequest'
import { cachedPage, cachedPageNow, HOME_PAGE_PATH, sharedPagePath, storyOfVariantPath, type CachedPagePath, type Page } from './variantPages'

/**
 * Answers page loads of the home page, stories and shared pages from this process's copies,
 * skipping Next's request handling, which cost three quarters of a static file's speed
 * (docs/performance.md). Anything it cannot answer goes on to Next: `false`.
 */
export async function answerReaderPage(request: IncomingMessage, response: ServerResponse, env: ServerEnv): Promise<boolean> {
  const target = targetOf(request)
  if (target === null) return false
  const answer = target.kind === 'story' ? await decideStory(target.slug, target.reader, env) : null
  const delivery = deliveryOf(request, response, target, answer, env)
  if (typeof delivery === 'boolean') return delivery
  const page = await cachedPage(delivery.path, env, (older, keptInGeneration) => olderCopyMayStandIn(delivery.path, older, keptInGeneration, env))
  return send(request, response, delivery, page, env)
}

/**
 * The same answer when everything it needs is kept for this generation, as for almost every
 * page load: no promise, no waiting. undefined: it is not, so ask `answerReaderPage`.
 */
export function answerReaderPageNow(request: IncomingMessage, response: ServerResponse, env: ServerEnv): boolean | undefined {
  const target = targetOf(request)
  if (target === null) return false
  const answer = target.kind === 'story' ? decideStoryNow(target.slug, target.reader, env) : null
  if (answer === undefined) return undefined
  // Nothing is written before the page is known to be kept, so `answerReaderPage` may start over.
  const path = target.kind === 'page' ? target.path : answer?.kind === 'variant' ? answer.path : null
  const page = path === null ? null : cachedPageNow(path)
  if (page === undefined) return undefined
  const delivery = deliveryOf(request, response, target, answer, env)
  return typeof delivery === 'boolean' ? delivery : send(request, response, delivery, page, env)
}

type Target = { kind: 'page'; path: CachedPagePath } | { kind: 'story'; slug: string; reader: StoryReader; query: string }

function targetOf(request: IncomingMessage): Target | null {
  const { method, headers } = request
  if (method !== 'GET' && method !== 'HEAD') return null
  const [pathname, query = ''] = (request.url ?? '/').split('?', 2)
  // Router requests and server actions: the proxy decides those.
  if (headers.rsc !== undefined || headers['next-action'] !== undefined || /(^|&)_rsc=/.test(query)) return null
  if (pathname === '/') return { kind: 'page', path: HOME_PAGE_PATH }
  if (isSharedReaderPage(pathname)) return { kind: 'page', path: sharedPagePath(pathname) }
  const slug = storyOfPath(pathname)
  if (slug === null) return null
  const cookies = parseCookieHeader(headers.cookie ?? '')
  const mayCount = method === 'GET' && !isPrefetch((name) => header(headers, name))
  return { kind: 'story', slug, query, reader: { sessionToken: cookies[SESSION_COOKIE], meterCookie: cookies[METER_COOKIE], mayCount } }
}

// `onServed`: the story reached its reader, and is counted in the newsroom's numbers.
type Delivery = { path: CachedPagePath; cacheControl: string | null; countedRead: CountedRead | null; onServed: (() => void) | null }

// What to serve for `target`; a boolean when the answer is not a kept page (a redirect, no story).
function deliveryOf(request: IncomingMessage, response: ServerResponse, target: Target, answer: StoryAnswer | null, env: ServerEnv): Delivery | boolean {
  if (target.kind === 'page') return { path: target.path, cacheControl: null, countedRead: null, onServed: null }
  if (answer === null || answer.kind === 'no-story') return false
  if (answer.kind === 'moved') {
    response.writeHead(308, { location: `${answer.location}${target.query ? `?${target.query}` : ''}`, ...layerHeaders(env) }).end()
    return true
  }
  const { headers } = request
  const onServed = target.reader.mayCount
    ? () => noteStoryRead(target.slug, answer, { header: (name) => header(headers, name), query: target.query, client: header(headers, CLIENT_HEADER) ?? null }, env.PAYLOAD_SECRET)
    : null
  return { path: answer.path, cacheControl: STORY_CACHE_CONTROL, countedRead: answer.countedRead, onServed }
}

function send(request: IncomingMessage, response: ServerResponse, delivery: Delivery, page: Page | { missing: true } | null, env: ServerEnv): boolean {
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
    ...(delivery.cacheControl ? { 'cache-control': delivery.cacheControl } : {}),
    // A read is counted only when the reader gets the story.
    ...(delivery.countedRead ? { 'set-cookie': serializeCookie(delivery.countedRead.name, delivery.countedRead.value, delivery.countedRead) } : {}),
    ...layerHeaders(env),
  })
  response.end(request.method === 'HEAD' ? undefined : body)
  delivery.onServed?.()
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
