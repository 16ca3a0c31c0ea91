import type { Block, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

/**
 * What of a Payload a backup holds: every collection of the content model, with its
 * versions where it keeps them, and every global — not Payload's own bookkeeping
 * (`payload-*`: migrations, preferences, editing locks, jobs, key-value store), which a
 * database rebuilds for itself.
 */
export const contentCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))

/** Fields of an account that let someone in: kept out of a backup unless asked for (the password hash). */
export const PASSWORD_FIELDS = ['hash', 'salt'] as const
/** Fields of an account a backup never holds: live sessions and reset tokens belong to the database they were made in. */
export const SESSION_FIELDS = ['sessions', 'resetPasswordToken', 'resetPasswordExpiration'] as const

/** The blocks and inline blocks a Lexical rich-text field's BlocksFeature allows. */
export function richTextBlocksOf(field: FlattenedField & { type: 'richText' }): Block[] {
  type BlocksFeature = { sanitizedServerFeatureProps?: { blocks?: Block[]; inlineBlocks?: Block[] } }
  const editor = field.editor as { editorConfig?: { resolvedFeatureMap?: Map<string, BlocksFeature> } } | undefined
  const props = editor?.editorConfig?.resolvedFeatureMap?.get('blocks')?.sanitizedServerFeatureProps
  return [...(props?.blocks ?? []), ...(props?.inlineBlocks ?? [])]
}

/** One file of an upload document: the original or a generated size, with the document it belongs to. */
export type UploadedFile = { filename: string; mimeType: string | null; doc: Record<string, unknown> }

/** The files an upload document names: the original and each generated size (a size sharing the original's name counts once). */
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
