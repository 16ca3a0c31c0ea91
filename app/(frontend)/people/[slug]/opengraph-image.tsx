import { notFound } from 'next/navigation'

import { entityFound, lookUpEntity } from '@/reader/entityRoute'
import { findPersonPage } from '@/reader/queries/entities'
import { getSiteSettings } from '@/reader/queries/settings'
import { SHARE_CARD, shareCard } from '@/reader/components/ShareCard'

export const alt = 'A person in the news'
export const size = SHARE_CARD.size
export const contentType = SHARE_CARD.contentType

export default async function PersonCard({ params }: { params: Promise<{ slug: string }> }) {
  const [page, { siteName }] = await Promise.all([lookUpEntity(params, findPersonPage).then(entityFound), getSiteSettings()])
  if (!page) notFound()
  const { person, quotes, stories } = page
  return shareCard({
    label: `${siteName} · people in the news`,
    text: [person.name, [person.role, person.organisation].filter(Boolean).join(', ')].filter(Boolean).join(' — '),
    footer: `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} on record · ${stories.total} ${stories.total === 1 ? 'story' : 'stories'}`,
  })
}
