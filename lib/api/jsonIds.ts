/**
 * A JSON field that holds a list of document ids says whose they are, in the field's
 * `custom`, so that what walks the content model (a backup restored into another
 * database, where ids change: backup/references.ts) can find them as it finds
 * relationships. Payload itself ignores `custom`.
 */
const JSON_IDS_OF = 'idsOf'

/** The `custom` of a JSON field holding ids of `collection`. */
export const holdsIdsOf = (collection: string): Record<string, unknown> => ({ [JSON_IDS_OF]: collection })

/** The collection whose ids a JSON field holds, if it declares one. */
export function jsonIdsOf(field: { custom?: Record<string, unknown> }): string | null {
  const collection = field.custom?.[JSON_IDS_OF]
  return typeof collection === 'string' ? collection : null
}
