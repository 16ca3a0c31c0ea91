import type { Payload, TypedUser } from 'payload'

// Shared by staff and readers. Its presence only means "ask the server": Payload verifies it.
export const SESSION_COOKIE = 'payload-token'

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

// Anything else must not reach an Authorization header, where a stray character fails the request.
export const isWellFormedSessionToken = (value: string | undefined): value is string =>
  value !== undefined && value.length <= 4096 && JWT_SHAPE.test(value)

export async function userOfSessionToken(payload: Payload, token: string): Promise<TypedUser | null> {
  const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
  return user
}
