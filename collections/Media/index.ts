import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { editors } from '@/collections/access/editors'
import { mediaWriters } from '@/collections/access/mediaWriters'
import { staff } from '@/collections/access/staff'
import { staffOrVisibleMedia } from '@/collections/access/staffOrVisibleMedia'
import { createdByField } from '@/collections/fields/createdBy'
import { purgeReaderPagesAfterChange, purgeReaderPagesAfterDelete } from '@/collections/hooks/purgeReaderPages'
import { serverEnv } from '@/lib/platform/env'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'credit'] },
  access: { read: staffOrVisibleMedia, create: staff, update: mediaWriters, delete: editors },
  hooks: { afterChange: [purgeReaderPagesAfterChange], afterDelete: [purgeReaderPagesAfterDelete] },
  upload: {
    staticDir: serverEnv().MEDIA_DIR ?? path.join(projectRoot, 'media'),
    mimeTypes: ['image/*'],
    focalPoint: true,
    imageSizes: [
      { name: 'card', width: 640 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'card',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for readers who cannot see it.' },
    },
    { name: 'caption', type: 'textarea' },
    {
      name: 'credit',
      type: 'text',
      admin: { description: 'Who to credit, e.g. "Photo Internet reproduction."' },
    },
    {
      name: 'visibleToReaders',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Set when a published story or a person uses this image; until then only staff can see it.',
      },
    },
    createdByField,
  ],
}
