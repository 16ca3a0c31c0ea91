// A relation is an id (number on SQLite, string on MongoDB) or the populated document.
export type Relation = string | number | { id: string | number } | null | undefined

export function relationId(relation: Relation): string | null {
  if (relation === null || relation === undefined) return null
  if (typeof relation === 'object') return String(relation.id)
  return String(relation)
}

export const relationKey = (relation: Relation): string | number | null =>
  relation === null || relation === undefined ? null : typeof relation === 'object' ? relation.id : relation

export const relationIds = (relations: Relation[] | null | undefined): string[] =>
  (relations ?? []).map(relationId).filter((id): id is string => id !== null)

export const populated = <Doc extends { id: string | number }>(relation: Doc | string | number | null | undefined): Doc | null =>
  typeof relation === 'object' && relation !== null ? relation : null
