/**
 * Next's proxy: every request for the home page, a story, an account form or an
 * internal route passes through delivery/proxy.ts, which picks the reader's cached
 * variant (how a story page reaches a reader: delivery/README.md). So does any path
 * with a %-escape (answered 400 when it is malformed) and any server action post
 * (refused when it comes from another site or arrives cut short).
 */
export { proxy } from '@/delivery/proxy'

// Static, as Next requires: the account paths repeat delivery/formPosts.ts#ACCOUNT_FORM_PATHS,
// the internal prefix delivery/internalRoutes.ts#INTERNAL_PREFIX.
export const config = {
  matcher: [
    '/',
    '/articles/:slug',
    '/register',
    '/login',
    '/logout',
    '/account',
    '/subscribe',
    '/forgot-password',
    '/reset-password',
    '/internal',
    '/internal/:path*',
    '/:escaped(.*%.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
}
