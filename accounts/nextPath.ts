import { z } from 'zod'

// Only a path on this site, so the forms cannot bounce readers elsewhere (`//host`, a scheme, `\`).
const sameSitePath = z
  .string()
  .max(300)
  .regex(/^\/(?![/\\])[\x21-\x7e]*$/)

export const safeNextPath = (value: unknown, fallback = '/account'): string => {
  const parsed = sameSitePath.safeParse(value)
  return parsed.success ? parsed.data : fallback
}
