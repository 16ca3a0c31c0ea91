import { APIError, NotFound, ValidationError } from 'payload'
import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  GlobalBeforeOperationHook,
  PayloadRequest,
  SanitizedConfig,
  ValidationFieldError,
  Where,
} from 'payload'

import { databaseKindOf } from '@/lib/platform/database'
import { isIdFor } from '@/lib/api/documentId'
import { queryableFields, type QueryableFields } from '@/lib/api/queryableFields'

/**
 * MongoDB answers a malformed id with a CastError (a 500), so every id from REST or GraphQL is
 * judged first, and answered as SQLite would: 404, or a 400 naming the field.
 * Before the operation, as our beforeChange hooks look relations up before Payload validates.
 * The Local API passes ids it read from the database, and is left alone.
 */
export function wellFormedIds(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const fields = queryableFields(collection.flattenedFields)
    const hook: CollectionBeforeOperationHook = ({ args, req }) => {
      judge(req, { collection: collection.slug }, collection.flattenedFields, fields, args as OperationArgs)
    }
    collection.hooks.beforeOperation = [hook, ...(collection.hooks.beforeOperation ?? [])]
  }
  for (const global of config.globals) {
    const hook: GlobalBeforeOperationHook = ({ args, req }) => {
      judge(req, { global: global.slug }, global.flattenedFields, null, args as OperationArgs)
    }
    global.hooks.beforeOperation = [hook, ...(global.hooks.beforeOperation ?? [])]
  }
  return config
}

type OperationArgs = { id?: unknown; where?: Where; data?: unknown }
type Owner = { collection: string } | { global: string }

function judge(req: PayloadRequest, owner: Owner, flattened: FlattenedField[], fields: QueryableFields | null, args: OperationArgs): void {
  if (req.payloadAPI === 'local') return
  const isId = (value: unknown) => isIdFor(databaseKindOf(req.payload), value)
  if (args.id !== undefined && args.id !== null && !isId(args.id)) throw new NotFound(req.t)
  const where = fields && args.where ? whereProblem(fields, args.where, isId, 'where') : null
  if (where) throw new APIError(where, 400, null, true)
  const errors = args.data ? malformedRelations(flattened, args.data, isId, '') : []
  if (errors.length > 0) throw new ValidationError({ ...owner, errors, req }, req.t)
}

const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])

function whereProblem(fields: QueryableFields, where: Where, isId: (value: unknown) => boolean, path: string): string | null {
  for (const [key, condition] of Object.entries(where)) {
    // GraphQL spells them AND and OR.
    if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(condition)) {
      for (const [index, each] of condition.entries()) {
        const problem = whereProblem(fields, each as Where, isId, `${path}.${key}.${index}`)
        if (problem) return problem
      }
      continue
    }
    if (fields.get(key)?.kind !== 'id' || typeof condition !== 'object' || condition === null) continue
    for (const [operator, operand] of Object.entries(condition)) {
      if (!ID_OPERATORS.has(operator) || operand === null) continue
      // REST hands Payload a list as one comma-separated string.
      const values = Array.isArray(operand) ? operand : typeof operand === 'string' && operator.endsWith('in') ? operand.split(',') : [operand]
      const bad = values.find((value) => !isId(value))
      if (bad !== undefined) return `${path}.${key}.${operator}: “${String(bad)}” is not a document id.`
    }
  }
  return null
}

function malformedRelations(fields: FlattenedField[], data: unknown, isId: (value: unknown) => boolean, prefix: string): ValidationFieldError[] {
  if (typeof data !== 'object' || data === null) return []
  const values = data as Record<string, unknown>
  return fields.flatMap((field) => {
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined || value === null) return []
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const bad = (Array.isArray(value) ? value : [value]).map(relatedId).find((id) => id !== null && !isId(id))
        return bad === undefined ? [] : [{ path, label: field.label || undefined, message: `“${String(bad)}” is not a document id.` }]
      }
      case 'group':
      case 'tab':
        return malformedRelations(field.flattenedFields, value, isId, `${path}.`)
      case 'array':
        return Array.isArray(value) ? value.flatMap((row, index) => malformedRelations(field.flattenedFields, row, isId, `${path}.${index}.`)) : []
      case 'blocks':
        return Array.isArray(value)
          ? value.flatMap((row, index) => {
              const block = field.blocks.find((each) => each.slug === (row as { blockType?: unknown })?.blockType)
              return block ? malformedRelations(block.flattenedFields, row, isId, `${path}.${index}.`) : []
            })
          : []
      default:
        return []
    }
  })
}

// '' clears a relation in the admin.
function relatedId(value: unknown): unknown {
  if (value === null || value === '') return null
  if (typeof value !== 'object' || 'toHexString' in value) return value
  const { value: polymorphic, id } = value as { value?: unknown; id?: unknown }
  return polymorphic !== undefined ? relatedId(polymorphic) : id !== undefined ? id : value
}
