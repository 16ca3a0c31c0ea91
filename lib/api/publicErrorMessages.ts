import type { AfterErrorHook } from 'payload'

/** What Payload's REST handler says of an error it does not recognise. */
const UNKNOWN_ERROR = 'An unknown error occurred.'

/**
 * Puts back the message of an error our hooks throw as public (`new APIError(message, 4xx, null, true)`,
 * e.g. "Reader accounts are created through the /register page."): Payload's REST handler recognises
 * its APIError with `instanceof`, which fails in our production build (see validationErrorDetails.ts),
 * and answers with the right status but "An unknown error occurred.". Server errors stay unexplained.
 */
export const publicErrorMessages: AfterErrorHook = ({ error, result }) => {
  if (!result || result.errors[0]?.message !== UNKNOWN_ERROR) return
  const { message, status, isPublic } = error as { message?: unknown; status?: unknown; isPublic?: unknown }
  if (isPublic !== true || typeof message !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return
  return { response: { errors: [{ message }] }, status }
}
