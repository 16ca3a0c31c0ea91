import crypto from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload's own hash (pbkdf2-sha256, 600,000 rounds, 32 bytes), so a miss costs what a check does.
const ROUNDS = 600_000
const KEY_LENGTH = 32
const NO_ACCOUNT_SALT = crypto.randomBytes(32).toString('hex')

/**
 * Without this, timing tells which addresses have an account: Payload answers an unknown
 * address at once (~13 ms) and a wrong password after hashing (~300 ms).
 */
export const equalLoginTime: CollectionBeforeOperationHook = async ({ operation, args, collection, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  if (typeof email !== 'string' || typeof password !== 'string') return args
  const { totalDocs } = await req.payload.count({ collection: collection.slug, where: { email: { equals: email.trim().toLowerCase() } }, overrideAccess: true, req })
  if (totalDocs === 0) await pbkdf2(password, NO_ACCOUNT_SALT, ROUNDS, KEY_LENGTH, 'sha256')
  return args
}
