import type { z } from 'zod'

export type FormState = {
  message?: string
  // When the reader stays on the page (an email sent again).
  notice?: string
  fieldErrors?: Record<string, string>
  // Never passwords.
  values?: Record<string, string>
}

export const EMPTY_FORM: FormState = {}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return errors
}

export function echoedValues(form: Record<string, unknown>, fields: string[]): Record<string, string> {
  return Object.fromEntries(
    fields.filter((field) => typeof form[field] === 'string').map((field) => [field, (form[field] as string).slice(0, 300)]),
  )
}
