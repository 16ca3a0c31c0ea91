import type { EmailAdapter } from 'payload'

/**
 * With no SMTP server configured (lib/emailAdapter.ts), the messages Payload sends are written to
 * the server log, where an operator can find them. Declared explicitly so that this is a decision,
 * not a start-up warning.
 */
export const logEmailAdapter =
  (from: { address: string; name: string }): EmailAdapter =>
  ({ payload }) => ({
    name: 'server-log',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      payload.logger.info({ msg: 'Email not sent (no SMTP_HOST configured)', to: message.to, subject: message.subject, text: message.text ?? message.html })
    },
  })
