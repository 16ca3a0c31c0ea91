import { redirectsPlugin } from '@payloadcms/plugin-redirects'

import { anyone } from '@/collections/access/anyone'
import { editors } from '@/collections/access/editors'
import { purgeReaderPagesAfterChange, purgeReaderPagesAfterDelete } from '@/collections/hooks/purgeReaderPages'

/**
 * Old addresses of stories (Payload's redirects plugin): a story whose slug changes
 * after it was published keeps its old URL, which leads to the story wherever it now is
 * (Articles/hooks/redirectOldSlug.ts records it; the proxy follows it). Editors may add
 * their own. Readers' pages read them; only editors write them.
 */
export const redirects = redirectsPlugin({
  collections: ['articles'],
  overrides: {
    admin: { group: 'Reference', description: 'Old addresses and where they lead. Made for you when a published story’s slug changes.' },
    access: { read: anyone, create: editors, update: editors, delete: editors },
    hooks: { afterChange: [purgeReaderPagesAfterChange], afterDelete: [purgeReaderPagesAfterDelete] },
  },
})
