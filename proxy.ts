/**
 * Next's proxy: every request for the home page, a story, an account form or an
 * internal route passes through delivery/proxyHandler.ts, which picks the reader's cached
 * variant (how a story page reaches a reader: delivery/README.md). So does any path
 * with a %-escape (answered 400 when it is malformed), any server action post
 * (refused when it comes from another site or arrives cut short), and every other
 * page, the admin's included (given its scripts' nonce; answered 503 while the
 * database is down). Not the API, Next's own files, or the static files at the root.
 */
export { proxy } from '@/delivery/proxyHandler'

// Static, as Next requires. The last pattern is every page but the API, Next's files and the static
// files at the root; the API still comes for a %-escape or a server action.
export const config = {
  matcher: [
    '/',
    '/:escaped(.*%.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    '/((?!api/|api$|_next/|favicon\\.ico$|icon\\.svg$|logo\\.png$|robots\\.txt$).+)',
  ],
}
