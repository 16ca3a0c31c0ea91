import type { IncomingAuthType } from 'payload'

import { emailMessage, type EmailMessage } from '@/lib/emailMessage'
import { serverEnv } from '@/lib/platform/env'

// Readers reset on the site, not in the admin, where Payload's own email would send them.
export const RESET_PASSWORD_PATH = '/reset-password'
// Payload's default, said here because the email says it.
export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000

export const passwordResetEmail = (siteUrl: string, token: string): EmailMessage =>
  emailMessage({
    subject: 'Reset your password',
    heading: 'Reset your password',
    paragraphs: ['Someone (we hope you) asked to reset the password of your newsroom account. The link below works for an hour, once.'],
    link: { href: `${siteUrl}${RESET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`, text: 'Choose a new password' },
    footnote: 'If you did not ask, ignore this email: your password stays as it is.',
  })

export const readerForgotPassword: NonNullable<IncomingAuthType['forgotPassword']> = {
  expiration: RESET_LINK_LIFETIME_MS,
  generateEmailSubject: () => passwordResetEmail(serverEnv().SITE_URL, '').subject,
  generateEmailHTML: (args) => passwordResetEmail(serverEnv().SITE_URL, args?.token ?? '').html,
}
