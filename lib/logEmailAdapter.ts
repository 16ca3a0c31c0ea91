import type { EmailAdapter } from 'payload'

/**
 * Until the newsroom configures an email provider, messages Payload sends (staff
 * password resets) are written to the server log, where an operator can find them.
 * Declared explicitly so that this is a decision, not a start-up warning.
 */
export const logEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'server-log',
  defaultFromAddress: 'newsroom@localhost',
  defaultFromName: 'The Newsroom',
  sendEmail: async (message) => {
    payload.logger.info({ msg: 'Email not sent (no email provider configured)', to: message.to, subject: message.subject, text: message.text ?? message.html })
  },
})
