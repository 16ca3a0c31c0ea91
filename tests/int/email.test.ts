import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startMailbox, waitForEmail, type RunningMailbox } from '../support/mailbox'
import { bootPayload } from './harness'

let payload: Payload
let mailbox: RunningMailbox
let cleanup: () => Promise<void>

beforeAll(async () => {
  mailbox = await startMailbox()
  // Read when the config is first imported (bootPayload), as a server reads its environment at start-up.
  Object.assign(process.env, mailbox.env)
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => {
  await cleanup?.()
  await mailbox?.stop()
})

describe('email', () => {
  it('goes out through the SMTP server the environment names, from its address', async () => {
    await payload.sendEmail({ to: 'someone@example.com', subject: 'A test message', text: 'Hello from the newsroom.' })
    const email = await waitForEmail(mailbox.dir, 'someone@example.com')
    expect(email).toMatchObject({ from: 'newsroom@tests.example', subject: 'A test message' })
    expect(email.text).toContain('Hello from the newsroom.')
  })
})
