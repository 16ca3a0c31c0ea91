import { z } from 'zod'

import { READER_NAME_MAX_LENGTH } from '@/collections/Readers/constants'

// What readers type, and bring back from our emails' links, crosses a trust boundary here.

export const PASSWORD_MIN_LENGTH = 10

const email = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }))

const newPassword = z
  .string({ error: 'Choose a password.' })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, 'Use at most 200 characters.')

export const registrationSchema = z.object({
  name: z
    .string({ error: 'Enter your name.' })
    .trim()
    .min(1, 'Enter your name.')
    .max(READER_NAME_MAX_LENGTH, `Keep your name under ${READER_NAME_MAX_LENGTH} characters.`),
  email,
  password: newPassword,
})

export const loginSchema = z.object({
  email,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(200, 'That password is too long.'),
})

export const passwordResetRequestSchema = z.object({ email })

// 20 random bytes in hex, as Payload makes them: anything else is no token of ours.
export const resetTokenSchema = z.string().regex(/^[0-9a-f]{40}$/)

export const passwordResetSchema = z.object({
  token: resetTokenSchema,
  password: newPassword,
})

// A session left open on a shared computer is not enough to delete an account.
export const accountDeletionSchema = z.object({
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(200, 'That password is too long.'),
})
