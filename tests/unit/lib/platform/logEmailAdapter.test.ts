import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { logEmailAdapter } from '@/lib/platform/logEmailAdapter'

const RESET = { to: 'ana@example.com', subject: 'Reset your password', text: 'Choose a new one: https://news.example/reset-password?token=secret-token' }

/** What the adapter writes to the log for a reset email, with a logger that keeps each entry. */
async function logged(withBody: boolean): Promise<string> {
  const entries: unknown[] = []
  const logger = { info: (entry: unknown) => entries.push(entry), warn: (entry: unknown) => entries.push(entry) }
  const adapter = logEmailAdapter({ address: 'news@example.com', name: 'The Newsroom' }, { withBody })({ payload: { logger } as unknown as Payload })
  await adapter.sendEmail(RESET)
  return JSON.stringify(entries)
}

describe('email written to the server log, with no SMTP server', () => {
  it('keeps the whole message for a demo or a developer, who has no other way to follow the link', async () => {
    expect(await logged(true)).toContain('reset-password?token=secret-token')
  })

  it('keeps only who and what in production: a reset link must not live in a log', async () => {
    const entry = await logged(false)
    expect(entry).toContain('ana@example.com')
    expect(entry).toContain('Reset your password')
    expect(entry).not.toContain('secret-token')
  })
})
