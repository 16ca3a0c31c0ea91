import { notFound, permanentRedirect } from 'next/navigation'

import { isWellFormedSlug } from '@/lib/slugify'

/**
 * What a person's or a country's route does with its slug: anything not a slug names
 * nothing; another name of the entity (an alias, an ISO code) is followed to its own
 * address (308); nothing found is the 404 page.
 */
export type EntityLookup<Page> = Page | { redirectTo: string } | null

export async function lookUpEntity<Page extends object>(params: Promise<{ slug: string }>, find: (slug: string) => Promise<EntityLookup<Page>>): Promise<EntityLookup<Page>> {
  const { slug } = await params
  return isWellFormedSlug(slug) ? find(slug) : null
}

/** The page found, for its metadata: none for an address that leads elsewhere or nowhere. */
export const entityFound = <Page extends object>(lookup: EntityLookup<Page>): Page | null => (lookup && !('redirectTo' in lookup) ? lookup : null)

/** The page to render; otherwise the redirect or the 404 page (which do not return). */
export function entityOrLeave<Page extends object>(lookup: EntityLookup<Page>): Page {
  if (!lookup) notFound()
  if ('redirectTo' in lookup) permanentRedirect(lookup.redirectTo)
  return lookup
}
