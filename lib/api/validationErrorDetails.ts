import type { AfterErrorHook } from 'payload'

type FieldProblem = { path: string; message: string; label?: unknown }
type Detailed = { message: string; status?: unknown; data?: { errors?: FieldProblem[] } }

/**
 * Puts back the field-by-field details of a validation error, so that the admin marks
 * each field at fault (not only a toast) and an API client learns which fields to fix.
 * Payload's REST handler recognises its ValidationError with `instanceof`; in our
 * production build the error thrown by the operation is not an instance of the class the
 * handler checks, so it answers with the message alone (Payload 3.90.1, Next 16).
 */
export const validationErrorDetails: AfterErrorHook = ({ error, result }) => {
  // GraphQL formats its own errors; this is for REST.
  if (!result) return
  // Recognised by its shape: the production build also minifies the class's name.
  const { message, status, data } = error as Detailed
  if (status !== 400 || !Array.isArray(data?.errors)) return
  const fields = data.errors.filter((problem) => typeof problem?.path === 'string').map(({ path, message: why }) => ({ path, message: why }))
  if (result.errors[0]?.data || fields.length === 0) return
  return { response: { errors: [{ name: 'ValidationError', message, data: { errors: fields } }] }, status: 400 }
}
