import { NextResponse, type NextRequest } from 'next/server'

import { serverEnv } from '@/lib/env'
import { decideStoryAccess } from '@/paywall/meter'
import { METER_COOKIE, readMeter, signMeter } from '@/paywall/meterCookie'
import { renderingFor, STORY_RENDERINGS_PREFIX, storyRenderingPath } from '@/paywall/rendering'
import { isWellFormedSlug, STORY_FACTS_PREFIX, storyFactsSchema, type StoryFacts } from '@/paywall/storyFacts'

/**
 * The per-reader layer in front of story pages. Each story is rendered and
 * cached once per variant (full, "N remaining", preview); this proxy reads the
 * signed meter cookie, decides with paywall/meter, and rewrites to the variant.
 * Readers never reach a variant directly, so the cache cannot be used to skip the meter.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl
  if (pathname.startsWith(`${STORY_RENDERINGS_PREFIX}/`) || pathname === STORY_RENDERINGS_PREFIX) {
    return NextResponse.rewrite(internalPath(request, '/page-not-found'), { status: 404 })
  }

  const slug = decodeURIComponent(pathname.slice('/articles/'.length))
  // Malformed slugs fall through to the article route, which answers 404.
  if (!isWellFormedSlug(slug)) return NextResponse.next()

  const facts = await storyFacts(slug)
  if (facts && !facts.story) return NextResponse.next()

  const env = serverEnv()
  let rendering = storyRenderingPath(slug, 'preview')
  let meterCookie: { value: string; maxAge: number } | null = null

  if (facts?.story) {
    const meter = await readMeter(request.cookies.get(METER_COOKIE)?.value, env.PAYLOAD_SECRET)
    const decision = decideStoryAccess({
      meter,
      article: facts.story,
      settings: facts.settings,
      now: Date.now(),
      mayCount: request.method === 'GET' && !isPrefetch(request),
    })
    rendering = storyRenderingPath(slug, renderingFor(decision.access))
    if (decision.meterChanged) {
      meterCookie = {
        value: await signMeter(decision.meter, env.PAYLOAD_SECRET),
        maxAge: facts.settings.windowDays * 24 * 60 * 60,
      }
    }
  }
  // Without facts (the facts route failed, e.g. the database is down) the reader
  // gets the cached preview: never more than the meter could have allowed.

  const response = NextResponse.rewrite(internalPath(request, rendering))
  // The URL is shared by every reader while the content is not: no shared cache may keep it.
  response.headers.set('Cache-Control', 'private, no-store')
  if (meterCookie) {
    response.cookies.set(METER_COOKIE, meterCookie.value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.nextUrl.protocol === 'https:',
      path: '/',
      maxAge: meterCookie.maxAge,
    })
  }
  return response
}

/**
 * The same request on another path. Cloning nextUrl keeps the server's own origin:
 * a URL built from request.url can name a host the server does not recognise as
 * itself, and Next would then proxy the rewrite as an outside request.
 */
function internalPath(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone()
  url.pathname = pathname
  return url
}

const isPrefetch = (request: NextRequest): boolean =>
  request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch'

/**
 * Facts come from a cached route on this same server. A short in-process memo
 * keeps the common case to a map lookup; a publish reaches it within FACTS_TTL_MS.
 */
const FACTS_TTL_MS = 5_000
const FACTS_MEMO_LIMIT = 1_000
const factsMemo = new Map<string, { facts: StoryFacts; expires: number }>()

async function storyFacts(slug: string): Promise<StoryFacts | null> {
  const now = Date.now()
  const memo = factsMemo.get(slug)
  if (memo && memo.expires > now) return memo.facts

  try {
    const origin = `http://127.0.0.1:${serverEnv().PORT}`
    const response = await fetch(`${origin}${STORY_FACTS_PREFIX}/${slug}`, { signal: AbortSignal.timeout(3_000) })
    if (!response.ok) return null
    const facts = storyFactsSchema.parse(await response.json())
    if (factsMemo.size >= FACTS_MEMO_LIMIT) factsMemo.clear()
    factsMemo.set(slug, { facts, expires: now + FACTS_TTL_MS })
    return facts
  } catch {
    return null
  }
}

export const config = {
  matcher: ['/articles/:slug', '/story-renderings/:path*', '/story-renderings'],
}
