import { getOperationAST, Kind, OperationTypeNode, parse, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql'

/**
 * Counts mutations as GraphQL would run them, so aliases cannot multiply logins past the limit.
 * `a: loginReader b: loginReader` counts twice; a field repeated under one key, or a fragment
 * spread twice, once. `@skip`/`@include` are ignored: a skipped login is no reason to read variables.
 */
export function mutationFieldCounts<Counted>(body: string, counted: ReadonlyMap<string, Counted>): Map<Counted, number> {
  const counts = new Map<Counted, number>()
  let request: unknown
  try {
    request = JSON.parse(body)
  } catch {
    return counts
  }
  const { query, operationName } = (request ?? {}) as { query?: unknown; operationName?: unknown }
  if (typeof query !== 'string') return counts
  let document
  try {
    document = parse(query)
  } catch {
    return counts
  }
  const operation = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined)
  if (operation?.operation !== OperationTypeNode.MUTATION) return counts

  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  // One set of spread fragments for the whole operation, as GraphQL has; it also ends a circle.
  const spread = new Set<string>()
  const run = new Map<string, string>()
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = selection.name.value
        run.set(`${(selection.alias ?? selection.name).value} ${field}`, field)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet)
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value)
        const fragment = fragments.get(selection.name.value)
        if (fragment) collect(fragment.selectionSet)
      }
    }
  }
  collect(operation.selectionSet)

  for (const field of run.values()) {
    const key = counted.get(field)
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}
