import * as qs from 'qs-esm'
import { z } from 'zod'

import type { DatabaseKind } from '../platform/database'
import { isIdFor } from './documentId'
import type { FieldKind, QueryableField, QueryableFields } from './queryableFields'

/**
 * Payload answers several malformed queries and ids with a 500; this says what is wrong, as a 400.
 * The query is parsed as Payload parses it (qs-esm, the same options), and values are judged by
 * their field's kind: a date compared with `{}` reaches the database as a query it cannot run.
 */
const MAX_LIMIT = 1000
const MAX_PAGE = 100_000
const MAX_DEPTH = 10

const integerIn = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `a whole number from ${min} to ${max}`)
    .refine((text) => Number(text) >= min && Number(text) <= max, `a whole number from ${min} to ${max}`)

// No geographic operators (`near`, `within`, `intersects`): they need point fields, which we lack.
const SINGLE_VALUE = ['equals', 'not_equals', 'like', 'not_like', 'contains', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'] as const
const LIST_VALUE = ['in', 'not_in', 'all'] as const

const fieldPath = z.string().regex(/^[A-Za-z_][\w]*(\.[\w]+)*$/)
const singleValue = z.string().max(1000)
const condition = z
  .object({
    ...Object.fromEntries(SINGLE_VALUE.map((operator) => [operator, singleValue])),
    ...Object.fromEntries(LIST_VALUE.map((operator) => [operator, z.union([singleValue, z.array(singleValue).max(1000)])])),
    exists: z.enum(['true', 'false']),
  })
  .partial()
  .strict()

const finiteNumber = (text: string) => /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(Number(text))
type ValueRule = { accepts: (value: string) => boolean; expected: string }
const valueRulesFor = (database: DatabaseKind): Record<FieldKind, ValueRule> => ({
  text: { accepts: () => true, expected: 'text' },
  number: { accepts: finiteNumber, expected: 'a number' },
  date: { accepts: (value) => Number.isFinite(Date.parse(value)), expected: 'a date such as 2026-12-01' },
  boolean: { accepts: (value) => value === 'true' || value === 'false', expected: 'true or false' },
  id: { accepts: (value) => isIdFor(database, value), expected: 'a document id' },
})
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const EQUALITY = new Set(['equals', 'not_equals'])

function valueProblem(rules: Record<FieldKind, ValueRule>, field: QueryableField, operator: string, value: string | string[]): string | null {
  if (operator === 'exists') return null
  if (TEXT_OPERATORS.has(operator) && field.kind !== 'text') return `${operator} compares text; this field holds ${rules[field.kind].expected}`
  if (operator === 'all' && !field.hasMany) return 'all needs a field that holds several values'
  const { accepts, expected } = rules[field.kind]
  if ((LIST_VALUE as readonly string[]).includes(operator)) {
    // Payload reads a list given as one string as comma-separated values.
    const values = typeof value === 'string' ? value.split(',') : value
    return values.length > 0 && values.every((each) => each !== '' && accepts(each)) ? null : `${operator} needs a list of values, each ${expected}`
  }
  if (typeof value !== 'string') return `${operator} needs one value`
  return accepts(value) || (value === 'null' && EQUALITY.has(operator)) ? null : `${operator} needs ${expected}`
}

type Where = { [key: string]: unknown }
const whereSchemaOf = (fields: QueryableFields | undefined, database: DatabaseKind): z.ZodType<Where> => {
  const rules = valueRulesFor(database)
  const whereSchema: z.ZodType<Where> = z.lazy(() =>
    z.record(z.string(), z.unknown()).superRefine((where, context) => {
      for (const [key, value] of Object.entries(where)) {
        if (key === 'and' || key === 'or') {
          const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value) : null
          if (!list) context.addIssue({ code: 'custom', message: 'a list of conditions', path: [key] })
          else
            list.forEach((each, index) =>
              whereSchema.safeParse(each).error?.issues.forEach((issue) => context.addIssue({ ...issue, path: [key, index, ...issue.path] })),
            )
          continue
        }
        if (!fieldPath.safeParse(key).success) context.addIssue({ code: 'custom', message: 'not a field name', path: [key] })
        const judged = condition.safeParse(value)
        if (!judged.success) {
          context.addIssue({
            code: 'custom',
            message: `one of the operators ${[...SINGLE_VALUE, ...LIST_VALUE, 'exists'].join(', ')}, with a value (a list for in, not_in, all; true or false for exists)`,
            path: [key],
          })
          continue
        }
        const field = fields?.get(key)
        for (const [operator, operand] of field ? Object.entries(judged.data) : []) {
          const problem = valueProblem(rules, field!, operator, operand as string | string[])
          if (problem) context.addIssue({ code: 'custom', message: problem, path: [key, operator] })
        }
      }
    }),
  )
  return whereSchema
}

const selection: z.ZodType<unknown> = z.lazy(() =>
  z.record(z.string().regex(/^\w+$/), z.union([z.enum(['true', 'false']), selection]), 'field names, each true or false'),
)

const querySchemaOf = (fields: QueryableFields | undefined, database: DatabaseKind) =>
  z
    .object({
      limit: integerIn(0, MAX_LIMIT),
      page: integerIn(1, MAX_PAGE),
      depth: integerIn(0, MAX_DEPTH),
      sort: z.string().regex(/^-?[A-Za-z_][\w.]*(,-?[A-Za-z_][\w.]*)*$/, 'a field name, or several separated by commas, each with an optional -'),
      draft: z.enum(['true', 'false'], 'true or false'),
      pagination: z.enum(['true', 'false'], 'true or false'),
      where: whereSchemaOf(fields, database),
      select: selection,
      populate: selection,
    })
    .partial()

// Words Payload routes under `/api/{collection}/` itself are no ids.
const NAMED_ROUTES = new Set([
  'me',
  'init',
  'access',
  'count',
  'versions',
  'login',
  'logout',
  'unlock',
  'refresh-token',
  'first-register',
  'forgot-password',
  'reset-password',
  'verify',
  'reindex',
  'file',
])

export type RestRequestProblem = { status: 400 | 404; message: string }

/**
 * `documentCollections`: those whose `/{id}` names a document (not payload-preferences, keyed by
 * name). An id that cannot exist here is a 404, as Payload answers for a missing document.
 */
export function restRequestProblem(
  method: string,
  segments: string[],
  search: string,
  documentCollections: ReadonlyMap<string, QueryableFields>,
  database: DatabaseKind,
): RestRequestProblem | null {
  const ofDocuments = documentCollections.has(segments[0])
  const id = !ofDocuments
    ? null
    : segments.length === 2 && !NAMED_ROUTES.has(segments[1])
      ? segments[1]
      : segments.length === 3 && segments[1] === 'versions'
        ? segments[2]
        : null
  if (id !== null && ['GET', 'PATCH', 'DELETE'].includes(method) && !isIdFor(database, id)) return { status: 404, message: `“${id}” is not a document id.` }
  if (!search) return null
  const parsed = querySchemaOf(documentCollections.get(segments[0]), database).safeParse(
    qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }),
  )
  if (parsed.success) return null
  const issue = parsed.error.issues[0]
  const [parameter, ...rest] = issue.path.map(String)
  return { status: 400, message: `${[parameter, ...rest.map((part) => `[${part}]`)].join('')}: ${issue.message}.` }
}

// Enough for any page a client shows, not the archive in one go.
export const ANONYMOUS_MAX_LIMIT = 100
export const ANONYMOUS_MAX_DEPTH = 3

export function anonymousCapProblem(search: string): string | null {
  if (!search) return null
  const { limit, depth, pagination } = qs.parse(search, { depth: 0, ignoreQueryPrefix: true }) as Record<string, unknown>
  if (typeof limit === 'string' && (Number(limit) === 0 || Number(limit) > ANONYMOUS_MAX_LIMIT)) {
    return `limit: at most ${ANONYMOUS_MAX_LIMIT} without signing in (0, every document, needs signing in).`
  }
  if (pagination === 'false') return 'pagination=false (every document at once) needs signing in.'
  if (typeof depth === 'string' && Number(depth) > ANONYMOUS_MAX_DEPTH) return `depth: at most ${ANONYMOUS_MAX_DEPTH} without signing in.`
  return null
}
