import { NextResponse, type NextRequest } from 'next/server'

import { serverEnv, type ServerEnv } from '@/lib/platform/env'
import { isReadableForm } from '@/lib/http/requestBody'
import { contentSecurityPolicy, FRAMED_BY_SITE_PREFIX } from '@/lib/http/securityHeaders.mjs'
import { SESSION_COOKIE } from '@/lib/http/sessionCookie'
import { METER_COOKIE } from '@/paywall/meterCookie'

import { isDatabaseAvailable } from './databaseState'
import { ACCOUNT_FORM_PATHS, isCrossSitePost } from './formPosts'
import { isInternalPath, isInternalRequest } from './internalRoutes'
import { badAddressPage, crossSitePostPage, incompleteFormPage, unavailablePage } from './plainPages'
import { knownClient } from './rateLimits'
import { noteStoryRead } from './storyReads'
import { decideStory, isPrefetch, STORY_CACHE_CONTROL, storyOfPath } from './storyRequest'
import { HOME_PAGE_PATH, pageOfSharedPagePath } from './variantPages'

/**
 * Next's proxy (delivery/README.md): page loads are answered before Next (delivery/pageServer.ts);
 * router requests come here. It also guards the internal routes, form posts, malformed addresses
 * and the database outage, and gives each page its script nonce.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl
  if (!isDecodable(pathname)) {
    const { html, init } = badAddressPage()
    return new NextResponse(html, init)
  }
// The layer strips these pages of their scripts: no nonce to give them.
  if (isInternalPath(pathname)) return guardInternal(request)

  const rendering = withScriptNonce(request)
  const response = await route(request, pathname, rendering.init)
  response.headers.set('Content-Security-Policy', rendering.policy)
  return response
}

async function route(request: NextRequest, pathname: string, rendering: ForwardedRequest): Promise<NextResponse> {
  const env = serverEnv()
  // Any post to a page (a server action, a form without script, one from elsewhere), every account form.
  const isPost = request.method !== 'GET' && request.method !== 'HEAD'
  if (isPost || request.headers.has('next-action') || (ACCOUNT_FORM_PATHS as readonly string[]).includes(pathname))
    return guardFormPost(request, env, rendering)
  if (pathname === '/') return NextResponse.rewrite(samePath(request, HOME_PAGE_PATH), rendering)
  const slug = storyOfPath(pathname)
  if (slug !== null) return serveStory(request, slug, env, rendering)
  return passWhileDatabaseAnswers(env, rendering)
}

async function guardInternal(request: NextRequest): Promise<NextResponse> {
  if (!(await isInternalRequest(request.headers, serverEnv().PAYLOAD_SECRET)))
    return NextResponse.rewrite(samePath(request, '/page-not-found'), { status: 404 })
  const sharedPage = pageOfSharedPagePath(request.nextUrl.pathname)
  return sharedPage === null ? NextResponse.next() : NextResponse.rewrite(samePath(request, sharedPage))
}

type ForwardedRequest = { request: { headers: Headers } }

/**
 * Each page runs only the scripts Next wrote into it for this request (Payload's admin too).
 * Next reads the nonce from the request's policy and puts it on every script it writes.
 */
function withScriptNonce(request: NextRequest): { init: ForwardedRequest; policy: string } {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const framedBy = request.nextUrl.pathname.startsWith(FRAMED_BY_SITE_PREFIX) ? "'self'" : "'none'"
  const policy = contentSecurityPolicy({ framedBy, scripts: { nonce, development: process.env.NODE_ENV === 'development' } })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  return { init: { request: { headers } }, policy }
}

// Other pages render from the database: a readable 503 while it is down, not Next's 500.
async function passWhileDatabaseAnswers(env: ServerEnv, rendering: ForwardedRequest): Promise<NextResponse> {
  if (await isDatabaseAvailable(env)) return NextResponse.next(rendering)
  const { html, init } = unavailablePage()
  return new NextResponse(html, init)
}

// Next's router answers a malformed escape with a 500.
const isDecodable = (pathname: string): boolean => {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

// Router requests, and page loads the layer did not answer (`next dev`, a story with no page).
async function serveStory(request: NextRequest, slug: string, env: ServerEnv, rendering: ForwardedRequest): Promise<NextResponse> {
  const mayCount = request.method === 'GET' && !isPrefetch((name) => request.headers.get(name))
  const answer = await decideStory(
    slug,
    { sessionToken: request.cookies.get(SESSION_COOKIE)?.value, meterCookie: request.cookies.get(METER_COOKIE)?.value, mayCount },
    env,
  )
  if (answer.kind === 'no-story') return NextResponse.next(rendering)
  if (answer.kind === 'moved') return NextResponse.redirect(samePath(request, answer.location), 308)
  if (mayCount) {
    const query = request.nextUrl.search.slice(1)
    noteStoryRead(slug, answer, { header: (name) => request.headers.get(name), query, client: knownClient(request.headers) }, env.PAYLOAD_SECRET)
  }
  const response = NextResponse.rewrite(samePath(request, answer.path), rendering)
  response.headers.set('Cache-Control', STORY_CACHE_CONTROL)
  if (answer.countedRead) response.cookies.set(answer.countedRead)
  return response
}

// Next answers a cross-site or cut-short form post with a bare 500.
async function guardFormPost(request: NextRequest, env: ServerEnv, rendering: ForwardedRequest): Promise<NextResponse> {
  const crossSite = isCrossSitePost({
    method: request.method,
    origin: request.headers.get('origin'),
    host: request.headers.get('x-forwarded-host') ?? request.headers.get('host'),
  })
  if (crossSite) {
    const { html, init } = crossSitePostPage()
    return new NextResponse(html, init)
  }
  if (request.method === 'POST' && !(await isReadableForm(request))) {
    const { html, init } = incompleteFormPage(request.nextUrl.pathname)
    return new NextResponse(html, init)
  }
  return passWhileDatabaseAnswers(env, rendering)
}

/**
 * Cloning nextUrl keeps the server's own origin: with a host taken from request.url,
 * Next may proxy the rewrite as an outside request.
 */
function samePath(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone()
  url.pathname = pathname
  return url
}
