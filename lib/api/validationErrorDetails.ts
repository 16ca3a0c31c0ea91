import type { AfterErrorHook } from 'payload'

type FieldProblem = { path: string; message: string; label?: unknown }
type Detailed = { message: string; status?: unknown; data?: { errors?: FieldProblem[] } }

/**
 * Puts back the field-by-field details, so the admin marks each field and an API client knows
 * what to fix. In our production build Payload's `instanceof ValidationError` check fails
 * (Payload 3.90.1, Next 16), and it answers with the message alone.
 */
export const validationErrorDetails: AfterErrorHook = ({ error, result }) => {
  // GraphQL formats its own errors.
  if (!result) return
  // Recognised by its shape: the production build also minifies the class's name.
  const { message, status, data } = error as Detailed
  if (status !== 400 || !Array.isArray(data?.errors)) return
  const fields = data.errors.filter((problem) => typeof problem?.path === 'string').map(({ path, message: why }) => ({ path, message: why }))
  if (result.errors[0]?.data || fields.length === 0) return
  return { response: { errors: [{ name: 'ValidationError', message, data: { errors: fields } }] }, status: 400 }
}
