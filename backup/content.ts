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

/** The folder an upload collection keeps its files in. */
export function uploadDirectory(collection: SanitizedCollectionConfig): string | null {
  return collection.upload ? (collection.upload.staticDir ?? null) : null
}

/** The files an upload document names: the original and each generated size. */
export function uploadedFilenames(doc: Record<string, unknown>): string[] {
  const names = new Set<string>()
  if (typeof doc.filename === 'string') names.add(doc.filename)
  const sizes = typeof doc.sizes === 'object' && doc.sizes !== null ? Object.values(doc.sizes) : []
  for (const size of sizes) {
    const filename = typeof size === 'object' && size !== null ? (size as { filename?: unknown }).filename : null
    if (typeof filename === 'string') names.add(filename)
  }
  return [...names]
}
