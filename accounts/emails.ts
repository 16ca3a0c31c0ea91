import type { Payload } from 'payload'

import { emailMessage, type EmailMessage } from '@/lib/emailMessage'

// Links use the site's public address.
// The password reset is Payload's own: collections/Readers/passwordResetEmail.ts.

export const VERIFY_EMAIL_PATH = '/verify'

export const verificationEmail = (siteUrl: string, token: string): EmailMessage =>
  emailMessage({
    subject: 'Confirm your email address',
    heading: 'Confirm your email address',
    paragraphs: [
      'Thank you for creating a newsroom account. Your free articles are already yours; to subscribe, confirm that this address is yours. The link works for a week.',
    ],
    link: { href: `${siteUrl}${VERIFY_EMAIL_PATH}?token=${encodeURIComponent(token)}`, text: 'Confirm my address' },
    footnote: 'If you did not create an account, ignore this email: nothing more will be sent.',
  })

// The reader was already answered: a failure to send is logged, never thrown, so nothing is undone.
export async function deliver(payload: Payload, to: string, message: EmailMessage, what: string): Promise<void> {
  try {
    await payload.sendEmail({ to, subject: message.subject, html: message.html, text: message.text })
  } catch (error) {
    payload.logger.error({ err: error, msg: `The ${what} email to a reader could not be sent` })
  }
}
