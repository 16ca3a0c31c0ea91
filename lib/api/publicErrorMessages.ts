import type { AfterErrorHook } from 'payload'

const UNKNOWN_ERROR = 'An unknown error occurred.'

/**
 * Payload's REST handler recognises a public APIError with `instanceof`, which fails in our
 * production build (see validationErrorDetails.ts): this puts its message back. 5xx stay unexplained.
 */
export const publicErrorMessages: AfterErrorHook = ({ error, result }) => {
  if (!result || result.errors[0]?.message !== UNKNOWN_ERROR) return
  const { message, status, isPublic } = error as { message?: unknown; status?: unknown; isPublic?: unknown }
  if (isPublic !== true || typeof message !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return
  return { response: { errors: [{ message }] }, status }
}
