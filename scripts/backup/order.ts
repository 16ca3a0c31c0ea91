/**
 * On SQLite each foreign key must name a row already there, so collections come after those they
 * refer to. Circular references (a story's related stories) are written in a second pass.
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
