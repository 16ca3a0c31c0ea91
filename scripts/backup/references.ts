import { flattenAllFields, type Block, type Field, type FlattenedField } from 'payload'

import { jsonIdsOf } from '@/lib/api/jsonIds'

/**
 * Found by walking the fields as Payload's config declares them, so a field added tomorrow is
 * covered without a change here. Ids change between databases, so a restore rewrites each one.
 */
export type DocumentId = string | number
// Undefined when the document it names is not in the backup.
export type ResolveReference = (collection: string, id: DocumentId) => DocumentId | undefined
export type RichTextBlocksOf = (field: FlattenedField & { type: 'richText' }) => Block[]
export type DanglingReference = { path: string; collection: string; id: DocumentId }

type Data = Record<string, unknown>

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)
const isId = (value: unknown): value is DocumentId => typeof value === 'string' || typeof value === 'number'

export function mapReferences(args: { fields: FlattenedField[]; data: Data; resolve: ResolveReference; richTextBlocksOf: RichTextBlocksOf }): {
  data: Data
  dangling: DanglingReference[]
} {
  const dangling: DanglingReference[] = []
  const walker = new ReferenceWalker(args.resolve, args.richTextBlocksOf, dangling)
  return { data: walker.fields(args.fields, args.data, ''), dangling }
}

// The references SQLite keeps as foreign keys; rich text and JSON hold their ids as plain data.
export function foreignKeyTargets(fields: FlattenedField[]): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>()
  const visit = (list: FlattenedField[], found: Set<string>): void => {
    for (const field of list) {
      if (field.type === 'relationship' || field.type === 'upload') for (const slug of [field.relationTo].flat()) found.add(slug)
      else if (field.type === 'group' || field.type === 'tab' || field.type === 'array') visit(field.flattenedFields, found)
      else if (field.type === 'blocks') for (const block of field.blocks) visit(block.flattenedFields, found)
    }
  }
  for (const field of fields) {
    const found = new Set<string>()
    visit([field], found)
    if (found.size > 0) targets.set(field.name, found)
  }
  return targets
}

class ReferenceWalker {
  constructor(
    private readonly resolve: ResolveReference,
    private readonly richTextBlocksOf: RichTextBlocksOf,
    private readonly dangling: DanglingReference[],
  ) {}

  fields(fields: FlattenedField[], data: Data, path: string): Data {
    const result: Data = { ...data }
    for (const field of fields) {
      if (!(field.name in data)) continue
      const value = data[field.name]
      const here = path ? `${path}.${field.name}` : field.name
      result[field.name] = this.field(field, value, here)
    }
    return result
  }

  private field(field: FlattenedField, value: unknown, path: string): unknown {
    if (value === null || value === undefined) return value
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const one = (item: unknown, index?: number) => this.relation(field.relationTo, item, index === undefined ? path : `${path}.${index}`)
        if (Array.isArray(value)) return value.map(one).filter((item) => item !== null)
        return one(value)
      }
      case 'group':
      case 'tab':
        return isRecord(value) ? this.fields(field.flattenedFields, value, path) : value
      case 'array':
        return Array.isArray(value) ? value.map((row, index) => (isRecord(row) ? this.fields(field.flattenedFields, row, `${path}.${index}`) : row)) : value
      case 'blocks':
        return Array.isArray(value)
          ? value.map((row, index) => {
              const block = isRecord(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
              return block && isRecord(row) ? this.fields(block.flattenedFields, row, `${path}.${index}`) : row
            })
          : value
      case 'richText':
        return isRecord(value) ? this.richText(field, value, path) : value
      case 'json': {
        const collection = jsonIdsOf(field)
        if (!collection || !Array.isArray(value)) return value
        return value.map((id, index) => (isId(id) ? this.id(collection, id, `${path}.${index}`, typeof id === 'string') : id)).filter((id) => id !== null)
      }
      default:
        return value
    }
  }

  // `{ relationTo, value }` when the field names several collections.
  private relation(relationTo: string | string[], value: unknown, path: string): unknown {
    if (typeof relationTo === 'string') {
      const id = isRecord(value) ? value.id : value
      return isId(id) ? this.id(relationTo, id, path) : value
    }
    if (!isRecord(value) || typeof value.relationTo !== 'string') return value
    const id = isRecord(value.value) ? value.value.id : value.value
    if (!isId(id)) return value
    const mapped = this.id(value.relationTo, id, path)
    return mapped === null ? null : { ...value, value: mapped }
  }

  private id(collection: string, id: DocumentId, path: string, asString = false): DocumentId | null {
    const mapped = this.resolve(collection, id)
    if (mapped === undefined) {
      this.dangling.push({ path, collection, id })
      return null
    }
    return asString ? String(mapped) : mapped
  }

  private richText(field: FlattenedField & { type: 'richText' }, value: Data, path: string): Data {
    const blocks = this.richTextBlocksOf(field)
    const node = (current: unknown, at: string): unknown => {
      if (!isRecord(current)) return current
      const next: Data = { ...current }
      if ((current.type === 'upload' || current.type === 'relationship') && typeof current.relationTo === 'string') {
        const id = isRecord(current.value) ? current.value.id : current.value
        if (isId(id)) {
          const mapped = this.id(current.relationTo, id, at)
          if (mapped === null) return null
          next.value = mapped
        }
      }
      if ((current.type === 'block' || current.type === 'inlineBlock') && isRecord(current.fields)) {
        const fields = current.fields
        const block = blocks.find((candidate) => candidate.slug === fields.blockType)
        if (block) next.fields = this.fields(flattenAllFields({ fields: block.fields as Field[] }), fields, `${at}.fields`)
      }
      if ((current.type === 'link' || current.type === 'autolink') && isRecord(current.fields) && isRecord(current.fields.doc)) {
        next.fields = { ...current.fields, doc: this.relation([], current.fields.doc, `${at}.fields.doc`) }
      }
      if (Array.isArray(current.children)) {
        next.children = current.children.map((child, index) => node(child, `${at}.${index}`)).filter((child) => child !== null)
      }
      return next
    }
    return isRecord(value.root) ? { ...value, root: node(value.root, `${path}.root`) } : value
  }
}
