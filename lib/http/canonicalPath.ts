/**
 * Every rule that depends on a path must see the path the app will route, in one spelling.
 *
 * Next and Payload resolve dot segments, `%2e`, escaped letters, repeated and trailing slashes and
 * letter case; a limit matched on the raw path would count `/api/users/./login` apart from the
 * login. server.ts computes this once per request, before any rule (decision 013).
 */
export type CanonicalPath =
  /** Already in its one spelling. */
  | { kind: 'canonical'; path: string }
  /** Another spelling of `path`: the same page, to be routed (and counted) as `path`. */
  | { kind: 'respelled'; path: string }
  /** No page answers it the same way on every layer: a 400, with `reason` for the page. */
  | { kind: 'refused'; reason: 'malformed escape' | 'escaped separator' | 'control character' }

const UNRESERVED = /^[A-Za-z0-9\-._~]$/
const ESCAPE = /%([0-9A-Fa-f]{2})/g

// Segments of unreserved characters, none `.` or `..`, no trailing slash: what almost every request is.
const PLAIN_PATH = /^(?:\/|(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*|\/\.[A-Za-z0-9_~-][A-Za-z0-9._~-]*|\/\.\.[A-Za-z0-9._~-]+)+)$/

/** `/a/%2e%2E/b//c/;x` → `/b/c`: the path alone, without its query. */
export const canonicalPath = (rawPath: string): CanonicalPath => (PLAIN_PATH.test(rawPath) ? { kind: 'canonical', path: rawPath } : resolvedPath(rawPath))

/** The full rule, for any path: `canonicalPath` skips it for one it would leave as it is. */
export function resolvedPath(rawPath: string): CanonicalPath {
  if (/%(?![0-9A-Fa-f]{2})/.test(rawPath)) return { kind: 'refused', reason: 'malformed escape' }
  // An escaped slash, backslash or NUL is a separator to one layer and a character to another.
  if (/%(2f|5c|00)/i.test(rawPath)) return { kind: 'refused', reason: 'escaped separator' }
  if (/[\u0000-\u001f\u007f]/.test(rawPath)) return { kind: 'refused', reason: 'control character' }

  const unescaped = rawPath.replace(ESCAPE, (escape, hex: string) => {
    const character = String.fromCharCode(parseInt(hex, 16))
    return UNRESERVED.test(character) ? character : escape.toUpperCase()
  })
  const segments: string[] = []
  for (const segment of unescaped.replace(/\\/g, '/').split('/')) {
    // `;` starts a segment's parameters, which some routers drop: drop them here, for all.
    const name = segment.split(';', 1)[0]
    if (name === '' || name === '.') continue
    if (name === '..') segments.pop()
    else segments.push(name)
  }
  const path = `/${segments.join('/')}`
  return path === rawPath ? { kind: 'canonical', path } : { kind: 'respelled', path }
}

/** The key a path-dependent rule matches: the canonical path, whatever its letters' case. */
export const ruleKeyOfPath = (canonical: string): string => canonical.toLowerCase()
