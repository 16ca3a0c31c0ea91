import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

/**
 * What one GraphQL request may cost, so that no single request can hold the server (decision 013).
 *
 * Payload's complexity count gives every field 1, so 300 aliases of a one-document query with its
 * `totalDocs` (300 queries and 300 counts) passed. Here a list costs its page size times what each
 * item selects, a count or a root query what the database pays, and aliases and root fields are
 * capped. Staff get a larger budget than anonymous callers.
 */
export type GraphqlBudget = { cost: number; aliases: number; rootFields: number; fields: number }

export const ANONYMOUS_GRAPHQL_BUDGET: GraphqlBudget = { cost: 2_000, aliases: 20, rootFields: 10, fields: 500 }
export const STAFF_GRAPHQL_BUDGET: GraphqlBudget = { cost: 20_000, aliases: 100, rootFields: 40, fields: 3_000 }

/** A root field is one database query at least. */
const ROOT_FIELD_COST = 20
/** `totalDocs` (and a `count…` field) is one count over the whole collection. */
const COUNT_COST = 50
/** A list asked for without `limit` gets Payload's default page. */
const DEFAULT_PAGE = 10
/** A `limit` not stated in figures, 0 (every document), or more: priced as this many. */
const LARGEST_PAGE = 1_000

export type GraphqlSpend = GraphqlBudget

type Context = { fragments: Map<string, FragmentDefinitionNode>; variables: Record<string, unknown> }

/** What the operation the request runs would spend; null when no operation is found (GraphQL answers that). */
export function graphqlSpend(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): GraphqlSpend | null {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined
  if (!operation) return null
  const fragments = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  )
  const context: Context = { fragments, variables }
  const roots = fieldsOf(operation.selectionSet, context)
  const spend: GraphqlSpend = { cost: 0, aliases: 0, rootFields: roots.length, fields: 0 }
  for (const root of roots) spend.cost += ROOT_FIELD_COST + selectionCost(root, context, spend)
  return spend
}

/** The first limit `spend` passes, in words for the caller; null when it is within `budget`. */
export function overBudget(spend: GraphqlSpend, budget: GraphqlBudget): string | null {
  if (spend.aliases > budget.aliases) return `The query has ${spend.aliases} aliases; at most ${budget.aliases} are allowed.`
  if (spend.rootFields > budget.rootFields) return `The query asks for ${spend.rootFields} top-level fields; at most ${budget.rootFields} are allowed.`
  if (spend.fields > budget.fields) return `The query selects ${spend.fields} fields; at most ${budget.fields} are allowed.`
  if (spend.cost > budget.cost) return `The query would cost ${spend.cost}; at most ${budget.cost} is allowed. Ask for smaller pages or fewer counts.`
  return null
}

/** The fields a selection set selects, fragments spread in place. Cycles were refused before (lib/api/graphqlRequest.ts). */
function fieldsOf(selectionSet: SelectionSetNode | undefined, context: Context): FieldNode[] {
  if (!selectionSet) return []
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection]
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, context)
    const fragment = context.fragments.get(selection.name.value)
    return fragment ? fieldsOf(fragment.selectionSet, context) : []
  })
}

function selectionCost(field: FieldNode, context: Context, spend: GraphqlSpend): number {
  spend.fields += 1
  if (field.alias && field.alias.value !== field.name.value) spend.aliases += 1
  const name = field.name.value
  if (name === 'totalDocs' || /^count[A-Z]/.test(name)) return COUNT_COST
  const children = fieldsOf(field.selectionSet, context)
  if (children.length === 0) return 1
  const page = pageSize(field, context)
  const paged = children.some((child) => child.name.value === 'docs')
  // A paged answer's `docs` hold the page; a list without them holds it in every child.
  return children.reduce((sum, child) => {
    const times = page !== null && (!paged || child.name.value === 'docs') ? page : 1
    return sum + times * selectionCost(child, context, spend)
  }, 1)
}

/** How many items a field's list holds at most: its `limit`, Payload's default for a paged query, or null (no list). */
function pageSize(field: FieldNode, context: Context): number | null {
  const limit = field.arguments?.find((argument) => argument.name.value === 'limit')
  if (limit) {
    const value = numberOf(limit.value, context)
    // Payload reads `limit: 0` as every document.
    return value === null || value <= 0 ? LARGEST_PAGE : Math.min(Math.ceil(value), LARGEST_PAGE)
  }
  const paged = field.selectionSet?.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === 'docs')
  return paged ? DEFAULT_PAGE : null
}

function numberOf(value: ValueNode, context: Context): number | null {
  if (value.kind === Kind.INT || value.kind === Kind.FLOAT) return Number(value.value)
  if (value.kind === Kind.VARIABLE) {
    const given = context.variables[value.name.value]
    return typeof given === 'number' && Number.isFinite(given) ? given : null
  }
  return null
}
