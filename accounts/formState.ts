import type { z } from 'zod'

/** What an account form's server action answers: nothing yet, or what to fix. */
export type FormState = {
  /** A message about the whole form (wrong password, account locked, payment refused). */
  message?: string
  /** What the form did, when the reader stays on the page (an email sent again). */
  notice?: string
  /** One message per field, shown next to it. */
  fieldErrors?: Record<string, string>
  /** What the reader typed (never passwords), so a failed form keeps it. */
  values?: Record<string, string>
}

export const EMPTY_FORM: FormState = {}

/** The first message zod gives for each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return errors
}

/** The text fields of a submitted form, with passwords left out. */
export function echoedValues(form: Record<string, unknown>, fields: string[]): Record<string, string> {
  return Object.fromEntries(
    fields.filter((field) => typeof form[field] === 'string').map((field) => [field, (form[field] as string).slice(0, 300)]),
  )
}
