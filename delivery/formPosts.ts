/** The pages whose forms post to server actions (app/(frontend)/(accounts)). */
export const ACCOUNT_FORM_PATHS = ['/register', '/login', '/logout', '/account', '/subscribe', '/forgot-password', '/reset-password'] as const

/**
 * A form post from another site (CSRF). Next refuses these server actions too,
 * but with a bare 500; the proxy answers first, with a 403 that says why.
 * Like Next, a post without an Origin header (old browsers) is judged by its cookies' SameSite.
 */
export function isCrossSitePost(request: { method: string; origin: string | null; host: string | null }): boolean {
  if (request.method !== 'POST' || request.origin === null) return false
  try {
    return new URL(request.origin).host !== request.host
  } catch {
    return true
  }
}
