import type { CollectionConfig } from 'payload'

import { anyone } from '@/collections/access/anyone'
import { editors } from '@/collections/access/editors'
import { purgeReaderPagesAfterChange, purgeReaderPagesAfterDelete } from '@/collections/hooks/purgeReaderPages'
import { slugField } from '@/collections/fields/slugField'

// A list the editors keep, so a typo cannot start a new section.
export const Sections: CollectionConfig = {
  slug: 'sections',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Reference' },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  defaultSort: 'name',
  hooks: { afterChange: [purgeReaderPagesAfterChange], afterDelete: [purgeReaderPagesAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 60 },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 300, admin: { description: 'One line under the section’s name on its page.' } },
  ],
}
