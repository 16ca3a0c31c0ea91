import type { DatabaseKind } from '@/lib/platform/database'

import type { DocumentId } from './references'

/**
 * The ids documents get in the database a backup is restored into. Within one kind of
 * database they are kept (an address like /quotes/[id] stays good); between kinds they
 * cannot be: SQLite numbers its rows, MongoDB names documents with 24-hex ObjectIds. Then
 * each document is given a new id, in the backup's order (oldest id first), before
 * anything is written, so a reference to a document written later is already known.
 */
export type IdMap = {
  /** The target id of a document of the backup, or undefined when the backup has no such document. */
  resolve: (collection: string, id: DocumentId) => DocumentId | undefined
  /** The target id of a document the backup holds (throws for one it does not). */
  of: (collection: string, id: DocumentId) => DocumentId
}

export type IdSource = { collection: string; ids: DocumentId[] }

export function idKind(id: DocumentId): DatabaseKind {
  return typeof id === 'number' ? 'sqlite' : 'mongodb'
}

const key = (collection: string, id: DocumentId) => `${collection}\u0000${String(id)}`

export function planIds(args: { sources: IdSource[]; target: DatabaseKind; newObjectId: () => string }): IdMap {
  const map = new Map<string, DocumentId>()
  for (const { collection, ids } of args.sources) {
    ids.forEach((id, index) => {
      const kept = idKind(id) === args.target
      map.set(key(collection, id), kept ? id : args.target === 'sqlite' ? index + 1 : args.newObjectId())
    })
  }
  const resolve = (collection: string, id: DocumentId) => map.get(key(collection, id))
  return {
    resolve,
    of: (collection, id) => {
      const mapped = resolve(collection, id)
      if (mapped === undefined) throw new Error(`No id planned for ${collection} ${String(id)}`)
      return mapped
    },
  }
}

/** Ids in the order their database made them: numbers by value, ObjectIds (time first) as hex. */
export function compareIds(a: DocumentId, b: DocumentId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
}

/**
 * A generator of MongoDB ObjectIds (4 bytes of seconds, 5 random bytes per generator, a
 * 3-byte counter), as the driver makes them: ids made one after another sort in that order.
 */
export function objectIdGenerator(
  now: () => number = Date.now,
  randomBytes: (size: number) => Uint8Array = (size) => crypto.getRandomValues(new Uint8Array(size)),
): () => string {
  const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  const processPart = hex(randomBytes(5))
  const start = randomBytes(3)
  let counter = (start[0] << 16) | (start[1] << 8) | start[2]
  return () => {
    counter = (counter + 1) % 0x1000000
    const seconds = Math.floor(now() / 1000) % 0x100000000
    return seconds.toString(16).padStart(8, '0') + processPart + counter.toString(16).padStart(6, '0')
  }
}
