import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { ServerEnv } from './env'
import { logEmailAdapter } from './logEmailAdapter'

/**
 * How Payload sends email (password resets, address confirmations, receipts): through the SMTP
 * server the environment names (lib/platform/env.ts), or, with none, into the server log — so a laptop
 * demo runs with nothing set; in production outside demo mode, without the message's body. The transport is checked when Payload starts and a failure logged:
 * a wrong password or host shows at start-up, not at a reader's first reset.
 */
export function emailAdapter(env: Pick<ServerEnv, 'EMAIL' | 'NODE_ENV' | 'NEWSROOM_DEMO'>): EmailAdapter | Promise<EmailAdapter> {
  const { smtp, from } = env.EMAIL
  if (!smtp) return logEmailAdapter(from, { withBody: env.NODE_ENV !== 'production' || env.NEWSROOM_DEMO })
  return nodemailerAdapter({ defaultFromAddress: from.address, defaultFromName: from.name, transportOptions: smtp })
}
