import type { CollectionConfig } from 'payload'

import { anyone } from '@/collections/access/anyone'
import { countryCreators } from '@/collections/access/countryCreators'
import { editors } from '@/collections/access/editors'
import { purgeReaderPagesAfterChange, purgeReaderPagesAfterDelete } from '@/collections/hooks/purgeReaderPages'
import { slugField } from '@/collections/fields/slugField'
import { REGIONS } from '@/lib/countries/regions'

export const Countries: CollectionConfig = {
  slug: 'countries',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'isoCode', 'region'],
    group: 'Reference',
  },
  access: { read: anyone, create: countryCreators, update: editors, delete: editors },
  defaultSort: 'name',
  hooks: { afterChange: [purgeReaderPagesAfterChange], afterDelete: [purgeReaderPagesAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    {
      name: 'isoCode',
      label: 'ISO 3166-1 alpha-2 code',
      type: 'text',
      required: true,
      unique: true,
      hooks: {
        beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)],
      },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? true : 'Two letters, e.g. BO for Bolivia.',
    },
    slugField('name'),
    { name: 'region', type: 'select', options: [...REGIONS] },
    {
      name: 'demonyms',
      type: 'array',
      admin: { description: 'What its people are called, e.g. "Peruvian", so the importer knows them.' },
      fields: [{ name: 'name', type: 'text', required: true }],
    },
    {
      name: 'otherNames',
      type: 'array',
      admin: { description: 'Other spellings and official names, e.g. "Perú", "Republic of Peru".' },
      fields: [{ name: 'name', type: 'text', required: true }],
    },
  ],
}
