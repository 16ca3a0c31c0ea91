/**
 * Payload relations arrive as an id (number on SQLite, string on MongoDB) or as
 * the populated document. Everything the site compares is a string id.
 */
export type Relation = string | number | { id: string | number } | null | undefined

export function relationId(relation: Relation): string | null {
  if (relation === null || relation === undefined) return null
  if (typeof relation === 'object') return String(relation.id)
  return String(relation)
}

/** The id of a relation as the database stores it (number or string), or null. */
export const relationKey = (relation: Relation): string | number | null =>
  relation === null || relation === undefined ? null : typeof relation === 'object' ? relation.id : relation

export const relationIds = (relations: Relation[] | null | undefined): string[] =>
  (relations ?? []).map(relationId).filter((id): id is string => id !== null)

/** The populated document of a relation, or null when only the id was loaded. */
export const populated = <Doc extends { id: string | number }>(relation: Doc | string | number | null | undefined): Doc | null =>
  typeof relation === 'object' && relation !== null ? relation : null
