import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { ServerEnv } from './env'
import { logEmailAdapter } from './logEmailAdapter'

/**
 * With no SMTP server, messages go to the log, so a laptop demo runs with nothing set;
 * in production outside demo mode, without their body.
 */
export function emailAdapter(env: Pick<ServerEnv, 'EMAIL' | 'NODE_ENV' | 'NEWSROOM_DEMO'>): EmailAdapter | Promise<EmailAdapter> {
  const { smtp, from } = env.EMAIL
  if (!smtp) return logEmailAdapter(from, { withBody: env.NODE_ENV !== 'production' || env.NEWSROOM_DEMO })
  return nodemailerAdapter({ defaultFromAddress: from.address, defaultFromName: from.name, transportOptions: smtp })
}
