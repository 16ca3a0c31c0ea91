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
import { decideStory, isPrefetch, STORY_CACHE_CONTROL, storyOfPath } from './storyRequest'
import { HOME_PAGE_PATH, pageOfSharedPagePath } from './variantPages'

/**
 * Next's proxy: what reaches Next (delivery/README.md). Page loads of the home page and
 * stories are answered before Next by the layer in server.ts (delivery/pageServer.ts);
 * router requests for them come here and are rewritten to the reader's variant, decided the
 * same way (delivery/storyRequest.ts). Here too: the guard of the internal routes (readers
 * never reach a variant directly, so no route can be used to skip the meter), form posts,
 * malformed addresses, the 503 page while the database is down, and each page's script nonce.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl
  if (!isDecodable(pathname)) {
    const { html, init } = badAddressPage()
    return new NextResponse(html, init)
  }
  // The layer's own fetches of pages it strips of their scripts: no nonce to give them.
  if (isInternalPath(pathname)) return guardInternal(request)

  const rendering = withScriptNonce(request)
  const response = await route(request, pathname, rendering.init)
  response.headers.set('Content-Security-Policy', rendering.policy)
  return response
}

async function route(request: NextRequest, pathname: string, rendering: ForwardedRequest): Promise<NextResponse> {
  const env = serverEnv()
  // Any post to a page (a server action, a form without script, one from elsewhere), and every account form.
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

/** How a request goes on to Next: with the Content-Security-Policy that carries its scripts' nonce. */
type ForwardedRequest = { request: { headers: Headers } }

/**
 * Every page Next renders runs only the scripts Next wrote into it for this request: a fresh
 * nonce goes to Next in the request's Content-Security-Policy (Next reads it there and puts it
 * on each script it writes, React's inline ones included) and to the browser in the response's.
 * The admin too: Payload's admin is a page of this app, and runs under the same rule. A page Next
 * prerendered at build (none of ours renders data) would carry no nonce and run no script.
 */
function withScriptNonce(request: NextRequest): { init: ForwardedRequest; policy: string } {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const framedBy = request.nextUrl.pathname.startsWith(FRAMED_BY_SITE_PREFIX) ? "'self'" : "'none'"
  const policy = contentSecurityPolicy({ framedBy, scripts: { nonce, development: process.env.NODE_ENV === 'development' } })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  return { init: { request: { headers } }, policy }
}

/**
 * Every other reader page renders from the database: while it is down, the readable 503 page
 * (with when to try again) rather than Next's error page with a 500. The home page,
 * stories and the shared pages keep being served from the layer's copies.
 */
async function passWhileDatabaseAnswers(env: ServerEnv, rendering: ForwardedRequest): Promise<NextResponse> {
  if (await isDatabaseAvailable(env)) return NextResponse.next(rendering)
  const { html, init } = unavailablePage()
  return new NextResponse(html, init)
}

// Next's router throws on a malformed escape and answers 500; the matcher sends every path with a % here.
const isDecodable = (pathname: string): boolean => {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/**
 * A story reaches the proxy as a router request (RSC, a prefetch), or as a page load the layer
 * in front of Next (delivery/pageServer.ts) did not answer: `next dev`, which has no such layer,
 * or a story with no page. Either way, rewritten to the reader's variant, which Next renders.
 */
async function serveStory(request: NextRequest, slug: string, env: ServerEnv, rendering: ForwardedRequest): Promise<NextResponse> {
  const answer = await decideStory(
    slug,
    {
      sessionToken: request.cookies.get(SESSION_COOKIE)?.value,
      meterCookie: request.cookies.get(METER_COOKIE)?.value,
      mayCount: request.method === 'GET' && !isPrefetch((name) => request.headers.get(name)),
    },
    env,
  )
  if (answer.kind === 'no-story') return NextResponse.next(rendering)
  if (answer.kind === 'moved') return NextResponse.redirect(samePath(request, answer.location), 308)
  const response = NextResponse.rewrite(samePath(request, answer.path), rendering)
  response.headers.set('Cache-Control', STORY_CACHE_CONTROL)
  if (answer.countedRead) response.cookies.set(answer.countedRead)
  return response
}

/** Next answers a cross-site post, and a form whose data is cut short, with a bare 500: these answer first. */
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
 * The same request on another path. Cloning nextUrl keeps the server's own origin:
 * a URL built from request.url can name a host the server does not recognise as
 * itself, and Next would then proxy the rewrite as an outside request.
 */
function samePath(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone()
  url.pathname = pathname
  return url
}
