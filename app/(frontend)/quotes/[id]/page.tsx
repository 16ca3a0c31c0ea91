import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { quotePath } from '@/lib/readerPaths'
import { populated } from '@/lib/relations'
import { QuotePage } from '@/reader/components/QuotePage'
import { findQuotePermalink } from '@/reader/queries/entities'
import { getSiteSettings } from '@/reader/queries/settings'
import { shareMetadata } from '@/reader/shareMetadata'

// A quote of a subscriber story shows who said it and the story, never its words.
// Per request, for the layer to keep (delivery/sharedPages.ts): Next's copy carries one nonce.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ id: string }> }

const permalinkOfParams = async ({ params }: Params) => findQuotePermalink((await params).id)

export async function generateMetadata(props: Params): Promise<Metadata> {
  const permalink = await permalinkOfParams(props)
  if (!permalink) return {}
  const canonical = quotePath((await props.params).id)
  if (!permalink.open) return { title: `A quote of ${permalink.speaker.name}`, alternates: { canonical }, robots: { index: false } }
  const { quote } = permalink
  const speaker = populated(quote.speaker)
  const title = `“${quote.text}” — ${speaker?.name ?? 'on record'}`
  const description = [speaker?.name, quote.speakerRole, populated(quote.article)?.title].filter(Boolean).join(' · ')
  const { siteName } = await getSiteSettings()
  return shareMetadata({ title, description, path: canonical, type: 'article', siteName, cardFromRoute: true })
}

export default async function Page(props: Params) {
  const permalink = await permalinkOfParams(props)
  if (!permalink) notFound()
  return <QuotePage permalink={permalink} />
}
