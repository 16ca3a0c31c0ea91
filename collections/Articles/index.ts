import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { articleCreators } from '@/collections/access/articleCreators'
import { articleReaders } from '@/collections/access/articleReaders'
import { articleUpdaters } from '@/collections/access/articleUpdaters'
import { articleVersionReaders } from '@/collections/access/articleVersionReaders'
import { editors } from '@/collections/access/editors'
import { isStaffUser } from '@/collections/access/staff'
import { storyBodyReaders } from '@/collections/access/storyBodyReaders'
import { createdByField } from '@/collections/fields/createdBy'
import { slugField } from '@/collections/fields/slugField'
import { PaywallBreak } from '@/paywall/PaywallBreak/config'

import { InlineQuote, PullQuote } from './blocks/Quote/config'
import { linkQuotes } from './hooks/linkQuotes'
import { redirectOldSlug } from './hooks/redirectOldSlug'
import { purgeArticleAfterChange, purgeArticleAfterDelete } from './hooks/purgeArticle'
import { setByline } from './hooks/setByline'
import { setPublishedAt } from './hooks/setPublishedAt'
import { showImagesOnPublish } from './hooks/showImagesOnPublish'
import { trackReview } from './hooks/trackReview'
import { REVIEW_STATES } from './review'

export const draftPreviewPath = (id: string | number): string => `/preview/articles/${encodeURIComponent(String(id))}`

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', 'byline', 'review.state', '_status', 'publishedAt'],
    group: 'Content',
    // Staff only and never cached (app/(frontend)/preview).
    preview: (doc) => (doc?.id ? draftPreviewPath(doc.id as string | number) : null),
    livePreview: { url: ({ data }) => (data?.id ? draftPreviewPath(data.id as string | number) : null) },
    components: {
      edit: { PreviewButton: '@/newsroom/admin/PreviewButton#PreviewButton' },
      beforeListTable: ['@/newsroom/admin/StoryListFilters#StoryListFilters'],
    },
  },
  // By role: decision 007.
  access: {
    read: articleReaders,
    readVersions: articleVersionReaders,
    create: articleCreators,
    update: articleUpdaters,
    delete: editors,
  },
  defaultSort: '-publishedAt',
  // Autosave keeps typed text from being lost; the jobs queue runs scheduled publishing.
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [setPublishedAt, setByline, trackReview, redirectOldSlug],
    afterChange: [showImagesOnPublish, linkQuotes, purgeArticleAfterChange],
    afterDelete: [purgeArticleAfterDelete],
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
        features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [PaywallBreak, PullQuote], inlineBlocks: [InlineQuote] })],
      }),
      admin: {
        description:
          'Mark quoted words with “Quote (in a sentence)”, or set one apart with “Pull quote”: each names who said it. Add a “Paywall break” where the opening every reader gets should end (default: after two paragraphs).',
      },
    },
    {
      name: 'quotes',
      type: 'join',
      collection: 'quotes',
      on: 'article',
      // A quote is added where it is written, never here. No speaker column: Payload 3.90's join
      // table shows relationship cells as "<No Speaker>".
      admin: { allowCreate: false, defaultColumns: ['text', 'speakerRole'], description: 'The quotes this story’s body holds, filed under it when it is published.' },
    },
    slugField('title', { redirected: true }),
    {
      name: 'section',
      label: 'Section (kicker)',
      type: 'relationship',
      relationTo: 'sections',
      required: true,
      index: true,
      admin: { position: 'sidebar', description: 'Editors keep the list of sections.' },
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
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      // Author pages list a writer's stories by it: docs/data.md.
      index: true,
      defaultValue: ({ user }) => (isStaffUser(user) && user ? [user.id] : []),
      admin: { position: 'sidebar', description: 'In byline order. Empty: the byline reads "Staff".' },
    },
    {
      name: 'byline',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true, description: 'Derived from the authors on save: "By A and B".' },
    },
    {
      name: 'review',
      type: 'group',
      admin: { position: 'sidebar', description: 'Mark the draft ready when it should be read by an editor.' },
      fields: [
        { name: 'state', label: 'Review', type: 'select', defaultValue: 'writing', options: REVIEW_STATES, index: true },
        { name: 'submittedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
        { name: 'submittedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'publishedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
      ],
      access: { read: ({ req }) => isStaffUser(req.user) },
    },
    createdByField,
    {
      name: 'freeToRead',
      label: 'Free to read (not metered)',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    // Nothing stored: the story's numbers, drawn in the sidebar for staff (decision 014).
    { name: 'numbers', type: 'ui', admin: { position: 'sidebar', components: { Field: '@/newsroom/admin/StoryNumbers#StoryNumbers' } } },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'countries', type: 'relationship', relationTo: 'countries', hasMany: true, index: true },
    { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true, index: true },
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
