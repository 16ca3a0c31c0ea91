import type { GlobalConfig } from 'payload'

import { admins } from '@/collections/access/admins'
import { anyone } from '@/collections/access/anyone'
import { hiddenBelowEditors } from '@/collections/access/settingsViewers'

import { purgeReaderPagesAfterGlobalChange } from '@/collections/hooks/purgeReaderPages'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  admin: { group: 'Settings', hidden: hiddenBelowEditors },
  access: { read: anyone, update: admins },
  hooks: { afterChange: [purgeReaderPagesAfterGlobalChange] },
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: 'The Newsroom' },
    { name: 'tagline', type: 'text', defaultValue: 'Independent reporting from Latin America and beyond' },
    {
      name: 'leadStory',
      label: 'Lead story on the home page',
      type: 'relationship',
      relationTo: 'articles',
      admin: { description: 'The splash. Empty, or not published: the newest story leads.' },
    },
    {
      name: 'navigation',
      type: 'array',
      maxRows: 8,
      admin: { description: 'Links after the sections in the site header’s menu.' },
      fields: [
        { name: 'label', type: 'text', required: true },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: (value: unknown) =>
            typeof value === 'string' && /^(\/(?!\/)|https?:\/\/)/.test(value)
              ? true
              : 'Use a site path such as /about or a full http(s) address.',
        },
      ],
    },
  ],
}
