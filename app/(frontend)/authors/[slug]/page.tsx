import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { authorPath } from '@/lib/readerPaths'
import { isWellFormedSlug } from '@/lib/slugify'
import { AuthorPage } from '@/reader/components/AuthorPage'
import { findAuthorPage } from '@/reader/queries/authors'
import { getSiteSettings } from '@/reader/queries/settings'
import { shareMetadata } from '@/reader/shareMetadata'

// Only staff with a published story have one.
// Per request, for the layer to keep (delivery/sharedPages.ts): Next's copy carries one nonce.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string }> }

const load = async (params: Params['params']) => {
  const { slug } = await params
  return isWellFormedSlug(slug) ? findAuthorPage(slug) : null
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await load(params)
  if (!page) return {}
  const { siteName } = await getSiteSettings()
  const { author } = page
  return shareMetadata({ title: author.name, description: author.bio || `Stories by ${author.name}.`, path: authorPath(author.slug!), type: 'profile', siteName })
}

export default async function Page({ params }: Params) {
  const page = await load(params)
  if (!page) notFound()
  return <AuthorPage page={page} siteName={(await getSiteSettings()).siteName} />
}
