import { NextResponse, type NextRequest } from 'next/server'

import { serverEnv, type ServerEnv } from '@/lib/env'
import { isReadableForm } from '@/lib/requestBody'
import { isWellFormedSessionToken, SESSION_COOKIE } from '@/lib/sessionCookie'
import { isWellFormedSlug } from '@/lib/slugify'
import { decideStoryVariant } from '@/paywall/meter'
import { METER_COOKIE, meterCookie, readMeter } from '@/paywall/meterCookie'
import { variantSegment, type VariantSegment } from '@/paywall/variants'

import { ACCOUNT_FORM_PATHS, isCrossSitePost } from './formPosts'
import { isInternalPath, isInternalRequest } from './internalRoutes'
import { changedSince } from './contentGeneration'
import { isDatabaseAvailable } from './databaseState'
import { askReaderAccess } from './readerAccess'
import { storyFacts } from './storyFacts'
import { badAddressPage, incompleteFormPage, unavailablePage } from './plainPages'
import { HOME_PAGE_PATH, linkedStorySlugs, storyOfVariantPath, storyVariantPath, variantPage, type Page, type VariantPagePath } from './variantPages'

/**
 * The thin layer in front of the cached reader pages (delivery/README.md). Each story
 * is rendered and cached once per variant (full, "N remaining", gated); for each reader
 * this proxy decides with paywall/meter (anonymous readers: from the signed meter
 * cookie; signed-in ones: by asking the server, which keeps their meter) and serves
 * that variant. The home page is one cached page served the same way.
 * Readers never reach a variant directly, so the cache cannot be used to skip the meter.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const env = serverEnv()
  const { pathname } = request.nextUrl
  if (!isDecodable(pathname)) {
    const { html, init } = badAddressPage()
    return new NextResponse(html, init)
  }

  if (isInternalPath(pathname)) {
    if (await isInternalRequest(request.headers, env.PAYLOAD_SECRET)) return NextResponse.next()
    return NextResponse.rewrite(samePath(request, '/page-not-found'), { status: 404 })
  }
  // A server action posted to any page (the matcher sends them all here), and every account form.
  if (request.headers.has('next-action') || (ACCOUNT_FORM_PATHS as readonly string[]).includes(pathname)) return guardFormPost(request, env)
  if (pathname === '/') return serveVariantPage(request, HOME_PAGE_PATH, env)
  if (pathname.startsWith(STORY_PATH_PREFIX)) return serveStory(request, decodeURIComponent(pathname.slice(STORY_PATH_PREFIX.length)), env)
  return passWhileDatabaseAnswers(env)
}

/**
 * Every other reader page renders from the database: while it is down, the readable 503 page
 * (with when to try again) rather than Next's error page with a 500. The home page and
 * stories keep being served from the proxy's copies.
 */
async function passWhileDatabaseAnswers(env: ServerEnv): Promise<NextResponse> {
  if (await isDatabaseAvailable(env)) return NextResponse.next()
  const { html, init } = unavailablePage()
  return new NextResponse(html, init)
}

const STORY_PATH_PREFIX = '/articles/'

// Next's router throws on a malformed escape and answers 500; the matcher sends every path with a % here.
const isDecodable = (pathname: string): boolean => {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

async function serveStory(request: NextRequest, slug: string, env: ServerEnv): Promise<NextResponse> {
  // Malformed slugs fall through to the article route, which answers 404.
  if (!isWellFormedSlug(slug)) return NextResponse.next()

  const facts = await storyFacts(slug, env)
  if (facts && !facts.story) {
    // An old address of a story that moved: permanently elsewhere, so links and search engines follow.
    return facts.redirectTo ? NextResponse.redirect(samePath(request, facts.redirectTo), 308) : NextResponse.next()
  }

  // Without facts (the facts route failed, e.g. the database is down) the reader
  // gets the cached gated variant: never more than the meter could have allowed.
  let variant: VariantSegment = 'gated'
  let countedRead: Awaited<ReturnType<typeof meterCookie>> | null = null

  const sessionToken = request.cookies.get(SESSION_COOKIE)?.value
  const mayCount = request.method === 'GET' && !isPrefetch(request)
  let anonymous = true

  // A free-to-read story is the same for everyone: no need to ask who is reading.
  if (facts?.story && !facts.story.freeToRead && isWellFormedSessionToken(sessionToken)) {
    const answer = await askReaderAccess(
      { token: sessionToken, story: facts.story, settings: facts.settings, mayCount },
      env,
    )
    // No answer: the gated variant (fail safe). A session that does not verify: an anonymous reader.
    anonymous = answer?.signedIn === false
    if (answer?.signedIn) variant = answer.variant
  }

  if (facts?.story && anonymous) {
    const now = Date.now()
    const meter = await readMeter(request.cookies.get(METER_COOKIE)?.value, env.PAYLOAD_SECRET)
    const decision = decideStoryVariant({ reader: 'anonymous', meter, article: facts.story, settings: facts.settings, now, mayCount })
    variant = variantSegment(decision.variant)
    if (decision.meterChanged) countedRead = await meterCookie(decision.meter, facts.settings, env, now)
  }

  const response = await serveVariantPage(request, storyVariantPath(slug, variant), env)
  // The URL is shared by every reader while the content is not: no shared cache may keep it.
  response.headers.set('Cache-Control', 'private, no-store')
  // A read is counted only when the reader got the story.
  if (countedRead && response.ok) response.cookies.set(countedRead)
  return response
}

/** Next answers a cross-site server action, and one whose form data is cut short, with a bare 500: these answer first. */
async function guardFormPost(request: NextRequest, env: ServerEnv): Promise<NextResponse> {
  const crossSite = isCrossSitePost({
    method: request.method,
    origin: request.headers.get('origin'),
    host: request.headers.get('x-forwarded-host') ?? request.headers.get('host'),
  })
  if (crossSite) {
    return new NextResponse('This form can only be sent from this site (cross-site request refused).', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  if (request.method === 'POST' && !(await isReadableForm(request))) {
    const { html, init } = incompleteFormPage(request.nextUrl.pathname)
    return new NextResponse(html, init)
  }
  return passWhileDatabaseAnswers(env)
}

/**
 * A page load is answered from the proxy's in-memory copy of the variant, or with a
 * readable 503 page when the server cannot render it. Router (RSC) requests, and
 * paths with no page, are rewritten to the variant's route itself.
 */
async function serveVariantPage(request: NextRequest, path: VariantPagePath, env: ServerEnv): Promise<NextResponse> {
  if (!isDocumentRequest(request)) return NextResponse.rewrite(samePath(request, path))
  const page = await variantPage(path, env, (older, keptInGeneration) => olderCopyMayStandIn(path, older, keptInGeneration, env))
  if (page === null) {
    const { html, init } = unavailablePage()
    return new NextResponse(html, init)
  }
  if ('missing' in page) return NextResponse.rewrite(samePath(request, path))
  return new NextResponse(request.method === 'HEAD' ? null : page.html, {
    status: 200,
    headers: { 'content-type': page.contentType },
  })
}

/**
 * An older copy of a page may stand in for a slow fresh one only for another story's page
 * (rails, a moment late), never for the home page (a new story must show there) or the page
 * of a story changed since the copy was kept (the journalist checks it); and only while every
 * story it links to is still published (their facts are current: a withdrawn story's are gone at once).
 */
async function olderCopyMayStandIn(path: VariantPagePath, page: Page, keptInGeneration: number, env: ServerEnv): Promise<boolean> {
  const slug = storyOfVariantPath(path)
  if (slug === null) return false
  const changed = changedSince(keptInGeneration)
  if (changed === 'everything' || changed.has(slug)) return false
  const facts = await Promise.all(linkedStorySlugs(page.html).map((linked) => storyFacts(linked, env)))
  return facts.every((each) => each?.story)
}

/**
 * The same request on another path. Cloning nextUrl keeps the server's own origin:
 * a URL built from request.url can name a host the server does not recognise as
 * itself, and Next would then proxy the rewrite as an outside request.
 */
function samePath(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone()
  url.pathname = pathname
  return url
}

// Next's router marks its prefetches (kept for the proxy by `skipProxyUrlNormalize`); browsers send
// `Sec-Purpose: prefetch` (the Fetch standard; `prefetch;prerender` for a speculative page), older ones `Purpose`.
const isPrefetch = (request: NextRequest): boolean =>
  request.headers.has('next-router-prefetch') ||
  request.headers.get('purpose') === 'prefetch' ||
  /^prefetch\b/.test(request.headers.get('sec-purpose') ?? '')

const isDocumentRequest = (request: NextRequest): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !request.headers.has('rsc') &&
  !request.nextUrl.searchParams.has('_rsc')
