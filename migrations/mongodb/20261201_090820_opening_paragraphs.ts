import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

/**
 * The MongoDB side of ../20261201_090820_opening_paragraphs.ts: the paywall setting
 * `previewParagraphs` is now `openingParagraphs` (the paragraphs before the gate).
 * Globals live in one collection, one document per global.
 */
const renameField = async (payload: MigrateUpArgs['payload'], from: string, to: string): Promise<void> => {
  const { globals } = payload.db as unknown as MongooseAdapter
  await globals.collection.updateOne({ globalType: 'paywall-settings', [from]: { $exists: true } }, { $rename: { [from]: to } })
}

export async function up({ payload }: MigrateUpArgs): Promise<void> {
  await renameField(payload, 'previewParagraphs', 'openingParagraphs')
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  await renameField(payload, 'openingParagraphs', 'previewParagraphs')
}
