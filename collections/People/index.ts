import type { CollectionConfig } from 'payload'

import { anyone } from '@/collections/access/anyone'
import { editors } from '@/collections/access/editors'
import { personWriters } from '@/collections/access/personWriters'
import { staff } from '@/collections/access/staff'
import { createdByField } from '@/collections/fields/createdBy'
import { purgeReaderPagesAfterChange, purgeReaderPagesAfterDelete } from '@/collections/hooks/purgeReaderPages'
import { slugField } from '@/collections/fields/slugField'

import { showPhoto } from './hooks/showPhoto'

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Person', plural: 'People' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'country'],
    group: 'Reference',
    description: 'People quoted or named in stories. One entry per person, whatever the spelling.',
  },
  access: { read: anyone, create: staff, update: personWriters, delete: editors },
  defaultSort: 'name',
  hooks: { afterChange: [showPhoto, purgeReaderPagesAfterChange], afterDelete: [purgeReaderPagesAfterDelete] },
  fields: [
    // Lists of people are sorted by it: docs/data.md.
    { name: 'name', type: 'text', required: true, index: true },
    slugField('name'),
    {
      name: 'aliases',
      type: 'array',
      admin: { description: 'Other spellings of the name, so the same person is not entered twice.' },
      fields: [{ name: 'name', type: 'text', required: true }],
    },
    { name: 'role', type: 'text', admin: { description: 'Current role or title, e.g. "Defense Minister". A quote that records the role held when spoken keeps it; only quotes without one show this.' } },
    { name: 'organisation', type: 'text' },
    { name: 'country', type: 'relationship', relationTo: 'countries', index: true },
    { name: 'bio', type: 'textarea', maxLength: 1000 },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'quotes',
      label: 'On record',
      type: 'join',
      collection: 'quotes',
      on: 'speaker',
      defaultSort: '-createdAt',
      // Quotes are written into stories, not added here. No story column: Payload 3.90's join table
      // shows relationship cells as "<No Story>".
      admin: { allowCreate: false, description: 'Every quote of theirs on record; open one for the story that quotes it.', defaultColumns: ['text', 'speakerRole', 'saidAt'] },
    },
    createdByField,
  ],
}
