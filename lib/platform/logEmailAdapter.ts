import type { EmailAdapter } from 'payload'

/**
 * Declared, so logging instead of sending is a decision rather than a start-up warning.
 * `withBody` false logs who and what only: a body holds a reset link, which a log must not keep.
 */
export const logEmailAdapter =
  (from: { address: string; name: string }, options: { withBody: boolean }): EmailAdapter =>
  ({ payload }) => ({
    name: 'server-log',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      if (options.withBody) {
        payload.logger.info({ msg: 'Email not sent (no SMTP_HOST configured)', to: message.to, subject: message.subject, text: message.text ?? message.html })
      } else {
        payload.logger.warn({ msg: 'Email not sent: set SMTP_HOST (the message, which may hold a link to an account, is not logged)', to: message.to, subject: message.subject })
      }
    },
  })
