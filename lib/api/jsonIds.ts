/**
 * A JSON field of ids says whose they are, so a backup restored into another database
 * (scripts/backup/references.ts) can remap them as it remaps relationships. Payload ignores `custom`.
 */
const JSON_IDS_OF = 'idsOf'

export const holdsIdsOf = (collection: string): Record<string, unknown> => ({ [JSON_IDS_OF]: collection })

export function jsonIdsOf(field: { custom?: Record<string, unknown> }): string | null {
  const collection = field.custom?.[JSON_IDS_OF]
  return typeof collection === 'string' ? collection : null
}
