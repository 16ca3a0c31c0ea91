import type { DatabaseKind } from '@/lib/platform/database'

import type { DocumentId } from './references'

/**
 * Kept within one kind of database, so addresses like /quotes/[id] stay good; between kinds they
 * cannot be. New ids are planned before anything is written, so a forward reference is known.
 */
export type IdMap = {
  // Undefined when the backup has no such document.
  resolve: (collection: string, id: DocumentId) => DocumentId | undefined
  // Throws for a document the backup does not hold.
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

// ObjectIds start with their time, so hex order is creation order.
export function compareIds(a: DocumentId, b: DocumentId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
}

// As the driver makes them, so ids made one after another sort in that order.
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
