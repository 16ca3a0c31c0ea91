import { z } from 'zod'

import type { DatabaseKind } from './database'

/** A document id as it may arrive in a URL: numeric (SQLite) or an ObjectId (MongoDB); anything else names no document. */
export const documentIdSchema = z.string().regex(/^(\d{1,15}|[0-9a-f]{24})$/)

/**
 * Whether a value can name a document in this kind of database: MongoDB answers a query
 * for a number, or any other non-ObjectId, with an error instead of nothing.
 */
export function isIdFor(kind: DatabaseKind, value: unknown): boolean {
  const id = typeof value === 'number' || typeof value === 'string' ? String(value) : ''
  return kind === 'mongodb' ? /^[0-9a-f]{24}$/.test(id) : /^\d{1,15}$/.test(id)
}
