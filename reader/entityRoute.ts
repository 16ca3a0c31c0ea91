import { notFound, permanentRedirect } from 'next/navigation'

import { isWellFormedSlug } from '@/lib/slugify'

// Another name of the entity (an alias, an ISO code) leads to its own address (308).
export type EntityLookup<Page> = Page | { redirectTo: string } | null

export async function lookUpEntity<Page extends object>(params: Promise<{ slug: string }>, find: (slug: string) => Promise<EntityLookup<Page>>): Promise<EntityLookup<Page>> {
  const { slug } = await params
  return isWellFormedSlug(slug) ? find(slug) : null
}

export const entityFound = <Page extends object>(lookup: EntityLookup<Page>): Page | null => (lookup && !('redirectTo' in lookup) ? lookup : null)

// notFound() and the redirect do not return.
export function entityOrLeave<Page extends object>(lookup: EntityLookup<Page>): Page {
  if (!lookup) notFound()
  if ('redirectTo' in lookup) permanentRedirect(lookup.redirectTo)
  return lookup
}
