import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { staff } from '@/collections/access/staff'
import { staffOrPublished } from '@/collections/access/staffOrPublished'
import { storyBodyReaders } from '@/collections/access/storyBodyReaders'
import { slugField } from '@/collections/slugField'
import { PaywallBreak } from '@/paywall/PaywallBreak/config'

import { revalidateAfterChange, revalidateAfterDelete } from './hooks/revalidateArticle'
import { setByline } from './hooks/setByline'
import { setPublishedAt } from './hooks/setPublishedAt'
import { showImagesOnPublish } from './hooks/showImagesOnPublish'

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', '_status', 'publishedAt'],
    group: 'Content',
    // The "Preview" button: the latest draft rendered as the story page, for staff only.
    preview: (doc) => (doc?.id ? `/preview/articles/${String(doc.id)}` : null),
  },
  // readVersions: without it Payload lets any signed-in user (a reader) read every draft version.
  access: { read: staffOrPublished, readVersions: staff, create: staff, update: staff, delete: staff },
  defaultSort: '-publishedAt',
  // schedulePublish: the admin's "Schedule Publish"; the jobs queue (payload.config.ts) runs it.
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [setPublishedAt, setByline],
    afterChange: [showImagesOnPublish, revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'dek',
      label: 'Standfirst',
      type: 'textarea',
      required: true,
      maxLength: 400,
      admin: { description: 'One or two sentences under the headline; also the search and share description.' },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      access: { read: storyBodyReaders },
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [PaywallBreak] })],
      }),
      admin: { description: 'Add a "Paywall break" block where the free preview should end (default: after two paragraphs).' },
    },
    {
      name: 'quotes',
      type: 'join',
      collection: 'quotes',
      on: 'article',
      admin: { description: 'Quotes are added in the Quotes collection and linked to this story.' },
    },
    // Sidebar: what editors set around the story.
    slugField('title'),
    {
      name: 'section',
      label: 'Section (kicker)',
      type: 'text',
      required: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set automatically on first publish.',
      },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', description: 'Leave empty for a "Staff" byline.' },
    },
    {
      name: 'byline',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true, description: 'Derived from the author on save.' },
    },
    {
      name: 'freeToRead',
      label: 'Free to read (not metered)',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'countries', type: 'relationship', relationTo: 'countries', hasMany: true },
    { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true },
    {
      name: 'related',
      label: 'Editor picks for the rail',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 4,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
  ],
}
