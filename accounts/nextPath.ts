import { z } from 'zod'

/**
 * Where to send a reader after they sign in or subscribe (`?next=`). Only a path
 * on this site: never `//elsewhere`, a scheme, or a backslash trick, so the
 * forms cannot be used to bounce readers to another site.
 */
const sameSitePath = z
  .string()
  .max(300)
  .regex(/^\/(?![/\\])[\x21-\x7e]*$/)

export const safeNextPath = (value: unknown, fallback = '/account'): string => {
  const parsed = sameSitePath.safeParse(value)
  return parsed.success ? parsed.data : fallback
}
