import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { simpleParser, type AddressObject } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * An SMTP server on a free loopback port that files every message it receives as JSON in a
 * folder, for tests that follow an email's link. A folder, because the mailbox runs in the
 * tests' global setup and the tests in other processes. No TLS and no login: it listens on
 * 127.0.0.1 only.
 */

export type ReceivedEmail = { to: string[]; from: string; subject: string; text: string; html: string }

export type RunningMailbox = {
  /** Where the messages are filed: give it to waitForEmail. */
  dir: string
  /** The settings (lib/platform/env.ts) that send a server's email here. */
  env: Record<string, string>
  stop: () => Promise<void>
}

const addressesOf = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()))

export async function startMailbox(): Promise<RunningMailbox> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-mail-'))
  let received = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const email: ReceivedEmail = {
            to: addressesOf(parsed.to),
            from: addressesOf(parsed.from)[0] ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          }
          received += 1
          // Written whole, then renamed: a reader never sees half a message.
          const file = path.join(dir, `${String(received).padStart(6, '0')}.json`)
          fs.writeFileSync(`${file}.part`, JSON.stringify(email))
          fs.renameSync(`${file}.part`, file)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    dir,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', EMAIL_FROM: 'newsroom@tests.example', EMAIL_FROM_NAME: 'The Newsroom' },
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Every message in the mailbox to `address`, oldest first. */
export function emailsTo(dir: string, address: string): ReceivedEmail[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ReceivedEmail)
    .filter((email) => email.to.includes(address.toLowerCase()))
}

/**
 * The first message to `address` whose subject matches, waiting for it to arrive (the server
 * may send it after answering). Only the arrival is waited for; no test asserts how long it took.
 */
export async function waitForEmail(dir: string, address: string, options: { subject?: RegExp; timeoutMs?: number } = {}): Promise<ReceivedEmail> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000)
  for (;;) {
    const found = emailsTo(dir, address).find((email) => !options.subject || options.subject.test(email.subject))
    if (found) return found
    if (Date.now() > deadline) throw new Error(`no email to ${address}${options.subject ? ` with a subject matching ${options.subject}` : ''} arrived`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The first link in an email that starts with `prefix` (e.g. the site's address and /reset-password). */
export function linkIn(email: ReceivedEmail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const link = `${email.text}\n${email.html}`.match(new RegExp(`${escaped}[^\\s"'<>[\\]()]*`))?.[0]
  if (!link) throw new Error(`no link to ${prefix} in "${email.subject}":\n${email.text}`)
  return link.replace(/&amp;/g, '&')
}
