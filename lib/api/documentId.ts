import type { DatabaseKind } from '../platform/database'

const ID_SHAPE: Record<DatabaseKind, RegExp> = { mongodb: /^[0-9a-f]{24}$/, sqlite: /^\d{1,15}$/ }

/**
 * Whether a value can name a document in this kind of database: an integer on SQLite, a
 * 24-hex ObjectId on MongoDB (as a string, or the ObjectId itself). Anything else names no
 * document, and MongoDB answers a query or a write holding one with a CastError (a 500)
 * instead of nothing: so every id a caller hands us is judged by this before it reaches
 * the database.
 */
export function isIdFor(kind: DatabaseKind, value: unknown): boolean {
  const id = typeof value === 'number' || typeof value === 'string' ? String(value) : isObjectId(value) ? value.toHexString() : ''
  return ID_SHAPE[kind].test(id)
}

const isObjectId = (value: unknown): value is { toHexString(): string } =>
  typeof value === 'object' && value !== null && typeof (value as { toHexString?: unknown }).toHexString === 'function'
