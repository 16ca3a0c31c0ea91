import { notFound } from 'next/navigation'

import { entityFound, lookUpEntity } from '@/reader/entityRoute'
import { findCountryPage } from '@/reader/queries/entities'
import { getSiteSettings } from '@/reader/queries/settings'
import { SHARE_CARD, shareCard } from '@/reader/components/ShareCard'

export const alt = 'A country in the news'
export const size = SHARE_CARD.size
export const contentType = SHARE_CARD.contentType

export default async function CountryCard({ params }: { params: Promise<{ slug: string }> }) {
  const [page, { siteName }] = await Promise.all([lookUpEntity(params, findCountryPage).then(entityFound), getSiteSettings()])
  if (!page) notFound()
  const { country, people, stories } = page
  return shareCard({
    label: `${siteName} · countries in the news`,
    text: country.name,
    footer: `${people.length} ${people.length === 1 ? 'person' : 'people'} · ${stories.total} ${stories.total === 1 ? 'story' : 'stories'}`,
  })
}
