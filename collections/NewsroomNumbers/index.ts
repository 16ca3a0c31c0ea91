import type { CollectionConfig } from 'payload'

import { editors } from '@/collections/access/editors'
import { EVENT_KINDS } from '@/stats/events'
import { NUMBERS_COLLECTION } from '@/stats/flush'

const dimension = (name: string) => ({ name, type: 'text', maxLength: 20 }) as const

/**
 * The newsroom's numbers as append-only deltas, one row per tally per flush, summed on read
 * (decision 014). Written by the server alone; read through /api/stats and the dashboard.
 */
export const NewsroomNumbers: CollectionConfig = {
  slug: NUMBERS_COLLECTION,
  admin: { hidden: true },
  access: { read: editors, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'kind', type: 'select', required: true, options: [...EVENT_KINDS] },
    // Empty for a subscription or registration credited to no story.
    { name: 'story', type: 'text', index: true, maxLength: 96 },
    { name: 'day', type: 'text', required: true, index: true, maxLength: 10 },
    dimension('variant'),
    dimension('standing'),
    dimension('referrer'),
    // The gate's button clicked, or what a subscription is credited by.
    dimension('detail'),
    { name: 'count', type: 'number', required: true, min: 0 },
    // A HyperLogLog's registers (stats/uniqueReaders.ts), never a reader's id or hash.
    { name: 'readers', type: 'textarea' },
  ],
}
