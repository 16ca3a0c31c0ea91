import { getOperationAST, Kind, OperationTypeNode, parse, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql'

/**
 * How many times a GraphQL request body runs each of the mutation fields in `counted`, summed by
 * what they map to (a rate limit rule): the operation GraphQL would run (the one `operationName`
 * names, or the only one), if it is a mutation; its top-level fields, through fragments and inline
 * fragments, each once per response key. So `a: loginReader(…) b: loginReader(…)` runs (and counts)
 * twice, a field spelled twice under one key once (GraphQL merges them), and a fragment spread
 * twice once. A field under `@skip`/`@include` counts as if it ran: a skipped login is no reason
 * to look at variables. A body that is not JSON, has no query, or does not parse runs nothing: no counts.
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
  // As GraphQL collects the fields it runs: one set of fragments spread for the whole operation (which also ends a circle).
  const spread = new Set<string>()
  const run = new Map<string, string>()
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = selection.name.value
        // Two fields under one key that are not the same field fail validation; counted apart all the same.
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
