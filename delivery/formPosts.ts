export const ACCOUNT_FORM_PATHS = ['/register', '/login', '/logout', '/account', '/subscribe', '/forgot-password', '/reset-password'] as const

/**
 * Next refuses a cross-site server action with a bare 500; the proxy answers first, with a 403.
 * Like Next, a post without an Origin header is judged by its cookies' SameSite.
 */
export function isCrossSitePost(request: { method: string; origin: string | null; host: string | null }): boolean {
  if (request.method !== 'POST' || request.origin === null) return false
  try {
    return new URL(request.origin).host !== request.host
  } catch {
    return true
  }
}
