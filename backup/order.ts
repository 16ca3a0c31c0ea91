/**
 * The order a restore writes collections in: every collection after those it refers to
 * (media before the stories that show them, people before their quotes), so that on SQLite
 * each foreign key names a row already there. References in a circle (a story naming
 * related stories) cannot all point backwards: those fields are left out of the first
 * write and written once every document exists (`deferredFields`). Ids are planned before
 * anything is written (backup/ids.ts), so either pass already knows every target id.
 *
 * `references`: for each collection, what each of its top-level fields refers to
 * (backup/references.ts#foreignKeyTargets).
 */
export type FieldTargets = Map<string, Map<string, Set<string>>>

export function restoreOrder(references: FieldTargets): string[] {
  const order: string[] = []
  const visited = new Set<string>()
  const visit = (collection: string): void => {
    if (visited.has(collection)) return
    visited.add(collection)
    for (const targets of references.get(collection)?.values() ?? []) {
      for (const referenced of targets) if (references.has(referenced)) visit(referenced)
    }
    order.push(collection)
  }
  for (const collection of references.keys()) visit(collection)
  return order
}

/** For each collection, its top-level fields that refer to itself or to a collection written after it. */
export function deferredFields(order: string[], references: FieldTargets): Map<string, string[]> {
  const deferred = new Map<string, string[]>()
  order.forEach((collection, position) => {
    const notYetWritten = new Set(order.slice(position))
    const fields = [...(references.get(collection) ?? new Map<string, Set<string>>())]
      .filter(([, targets]) => [...targets].some((target) => notYetWritten.has(target)))
      .map(([field]) => field)
    if (fields.length > 0) deferred.set(collection, fields)
  })
  return deferred
}
