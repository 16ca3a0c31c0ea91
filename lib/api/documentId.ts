import type { DatabaseKind } from '../platform/database'

const ID_SHAPE: Record<DatabaseKind, RegExp> = { mongodb: /^[0-9a-f]{24}$/, sqlite: /^\d{1,15}$/ }

/**
 * Every id a caller hands us is judged before it reaches the database: MongoDB answers a
 * query holding a malformed id with a CastError (a 500) instead of nothing.
 */
export function isIdFor(kind: DatabaseKind, value: unknown): boolean {
  const id = typeof value === 'number' || typeof value === 'string' ? String(value) : isObjectId(value) ? value.toHexString() : ''
  return ID_SHAPE[kind].test(id)
}

const isObjectId = (value: unknown): value is { toHexString(): string } =>
  typeof value === 'object' && value !== null && typeof (value as { toHexString?: unknown }).toHexString === 'function'
