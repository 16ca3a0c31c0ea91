import type { Block, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

// Not Payload's own bookkeeping (`payload-*`: migrations, locks, jobs): a database rebuilds that.
export const contentCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))

// Kept out unless asked for: they let someone in.
export const PASSWORD_FIELDS = ['hash', 'salt'] as const
// Live sessions and reset tokens belong to the database they were made in.
export const SESSION_FIELDS = ['sessions', 'resetPasswordToken', 'resetPasswordExpiration'] as const

export function richTextBlocksOf(field: FlattenedField & { type: 'richText' }): Block[] {
  type BlocksFeature = { sanitizedServerFeatureProps?: { blocks?: Block[]; inlineBlocks?: Block[] } }
  const editor = field.editor as { editorConfig?: { resolvedFeatureMap?: Map<string, BlocksFeature> } } | undefined
  const props = editor?.editorConfig?.resolvedFeatureMap?.get('blocks')?.sanitizedServerFeatureProps
  return [...(props?.blocks ?? []), ...(props?.inlineBlocks ?? [])]
}

export type UploadedFile = { filename: string; mimeType: string | null; doc: Record<string, unknown> }

// A size sharing the original's name counts once.
export function uploadedFiles(doc: Record<string, unknown>): UploadedFile[] {
  const files = new Map<string, UploadedFile>()
  const add = (entry: unknown) => {
    const { filename, mimeType } = typeof entry === 'object' && entry !== null ? (entry as { filename?: unknown; mimeType?: unknown }) : {}
    if (typeof filename === 'string' && !files.has(filename)) files.set(filename, { filename, mimeType: typeof mimeType === 'string' ? mimeType : null, doc })
  }
  add(doc)
  for (const size of typeof doc.sizes === 'object' && doc.sizes !== null ? Object.values(doc.sizes) : []) add(size)
  return [...files.values()]
}
