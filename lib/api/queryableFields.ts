import type { FlattenedField } from 'payload'

/**
 * Derived from the collection's fields, so a new field is judged without anyone listing it.
 * Joins, arrays, blocks and rich text are left to Payload.
 */
export type FieldKind = 'text' | 'number' | 'date' | 'boolean' | 'id'
export type QueryableField = { kind: FieldKind; hasMany: boolean }
export type QueryableFields = ReadonlyMap<string, QueryableField>

const KIND_OF_TYPE: Partial<Record<FlattenedField['type'], FieldKind>> = {
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  select: 'text',
  radio: 'text',
  number: 'number',
  date: 'date',
  checkbox: 'boolean',
  relationship: 'id',
  upload: 'id',
}

export function queryableFields(fields: FlattenedField[]): QueryableFields {
  const found = new Map<string, QueryableField>([['id', { kind: 'id', hasMany: false }]])
  const visit = (list: FlattenedField[], prefix: string) => {
    for (const field of list) {
      if (field.type === 'group' || field.type === 'tab') {
        visit(field.flattenedFields, `${prefix}${field.name}.`)
        continue
      }
      const kind = KIND_OF_TYPE[field.type]
      // Polymorphic relations compare { relationTo, value } pairs, not ids.
      if (!kind || ('relationTo' in field && Array.isArray(field.relationTo))) continue
      found.set(`${prefix}${field.name}`, { kind, hasMany: 'hasMany' in field && field.hasMany === true })
    }
  }
  visit(fields, '')
  return found
}
