// Next's proxy: pages, forms and internal routes pass through delivery/proxyHandler.ts.
export { proxy } from '@/delivery/proxyHandler'

// Static, as Next requires. The API still comes here for a %-escape or a server action.
export const config = {
  matcher: [
    '/',
    '/:escaped(.*%.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    '/((?!api/|api$|_next/|favicon\\.ico$|icon\\.svg$|logo\\.png$|robots\\.txt$).+)',
  ],
}
