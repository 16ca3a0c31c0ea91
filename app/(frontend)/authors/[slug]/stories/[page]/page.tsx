import type { Metadata } from 'next'

import { entityStoriesMetadata, EntityStoriesPage } from '@/story/EntityStoriesPage'

/** Page 2 and on of an author's stories (story/EntityStoriesPage.tsx); cached like their page. */
export const dynamic = 'force-static'
export const revalidate = 3600

type Params = { params: Promise<{ slug: string; page: string }> }

export function generateStaticParams(): { slug: string; page: string }[] {
  return []
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return entityStoriesMetadata('authors', params)
}

export default function Page({ params }: Params) {
  return <EntityStoriesPage kind="authors" params={params} />
}
