import type { Payload, TypedUser } from 'payload'

/**
 * Payload's session cookie (`${cookiePrefix}-token` with the default prefix),
 * shared by staff (/admin) and readers (/login). Its presence only means "ask
 * the server": Payload verifies it.
 */
export const SESSION_COOKIE = 'payload-token'

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

/**
 * Whether a cookie value could be a session token at all (a JWT, at most 4 KB).
 * Anything else is no session: it must not reach an Authorization header, where
 * a stray character would make the request itself fail.
 */
export const isWellFormedSessionToken = (value: string | undefined): value is string =>
  value !== undefined && value.length <= 4096 && JWT_SHAPE.test(value)

/** The user a well-formed session token belongs to, as Payload verifies it (signature, expiry, live session). */
export async function userOfSessionToken(payload: Payload, token: string): Promise<TypedUser | null> {
  const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
  return user
}
