import type { CollectionConfig } from 'payload'

import { editors } from '@/collections/access/editors'
import { quoteReaders } from '@/collections/access/quoteReaders'
import { quoteWriters } from '@/collections/access/quoteWriters'
import { staff } from '@/collections/access/staff'
import { createdByField } from '@/collections/fields/createdBy'
import { purgeReaderPagesAfterChange, purgeReaderPagesAfterDelete } from '@/collections/hooks/purgeReaderPages'

export const Quotes: CollectionConfig = {
  slug: 'quotes',
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'speaker', 'speakerRole', 'article'],
    listSearchableFields: ['text', 'speaker.name', 'article.title', 'speakerRole', 'relayedBy'],
    group: 'Content',
    description:
      'Words as spoken, linked to who said them and the story they appear in. Search by the words, the speaker’s name or the story’s headline. Written into stories with the Quote blocks of the body.',
  },
  access: { read: quoteReaders, create: staff, update: quoteWriters, delete: editors },
  defaultSort: 'createdAt',
  hooks: { afterChange: [purgeReaderPagesAfterChange], afterDelete: [purgeReaderPagesAfterDelete] },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      admin: { description: 'Verbatim, without surrounding quotation marks.' },
    },
    { name: 'speaker', type: 'relationship', relationTo: 'people', required: true, index: true },
    {
      name: 'speakerRole',
      label: "Speaker's role at the time",
      type: 'text',
      admin: { description: 'The title they held when they said it; people change jobs.' },
    },
    {
      name: 'article',
      label: 'Story',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      admin: {
        readOnly: true,
        description: 'The story that quotes it: set when a story holding this quote in its body is published.',
      },
    },
    {
      // So the body may take the quote off the story again; a quote filed by hand stays put.
      name: 'filedFromBody',
      type: 'checkbox',
      defaultValue: false,
      access: { read: staff, create: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'publicRecord',
      label: 'Public record',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Said in public (a press conference, a published statement, reported elsewhere): shown to every reader on the speaker’s page once the story runs. Otherwise a quote from a subscriber story is shown only to subscribers.',
      },
    },
    {
      // Kept by the story (Articles/openingQuotes.ts).
      name: 'inOpening',
      label: 'In the free opening',
      type: 'checkbox',
      defaultValue: false,
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        description: 'Set when its story is published: the quote stands in the opening every reader gets, so every reader sees it on the speaker’s page too.',
      },
    },
    {
      name: 'relayedBy',
      label: 'Relayed by',
      type: 'text',
      admin: { description: 'When the quote comes from another outlet, e.g. "HispanTV".' },
    },
    { name: 'context', type: 'textarea', maxLength: 1000 },
    { name: 'saidAt', label: 'Date said', type: 'date' },
    createdByField,
  ],
}
