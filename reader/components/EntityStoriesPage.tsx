import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { z } from 'zod'

import { authorPath, countryPath, personPath } from '@/lib/readerPaths'

import { EntityStories, entityStoriesPath } from './EntityStories'
import { resolveAuthor } from '../queries/authors'
import { resolveCountry, resolvePerson } from '../queries/entities'
import { listStoriesTagging } from '../queries/stories'
import { lookUpEntity, type EntityLookup } from '../entityRoute'

// `…/stories/1` leads to the entity's own page (308); a page past the last, or no number, is a 404.
type Kind = 'people' | 'countries' | 'authors'
type Params = Promise<{ slug: string; page: string }>
type StoriesPage = { name: string; title: string; path: string; stories: Awaited<ReturnType<typeof listStoriesTagging>> }

const RESOLVE = { people: resolvePerson, countries: resolveCountry, authors: resolveAuthor } as const
const PATH = { people: personPath, countries: countryPath, authors: authorPath } as const
const STORIES_OF = { people: 'Stories about', countries: 'Stories about', authors: 'Stories by' } as const

const pageNumberSchema = z
  .string()
  .regex(/^[1-9]\d{0,4}$/)
  .transform(Number)

async function load(kind: Kind, params: Params): Promise<EntityLookup<StoriesPage>> {
  const { slug, page } = await params
  const number = pageNumberSchema.safeParse(page)
  if (!number.success) return null
  const entity = await lookUpEntity(Promise.resolve({ slug }), RESOLVE[kind])
  if (!entity) return null
  if ('redirectTo' in entity) return { redirectTo: entityStoriesPath(entity.redirectTo, number.data) }
  const path = PATH[kind](entity.slug!)
  if (number.data === 1) return { redirectTo: path }
  const stories = await listStoriesTagging(kind, entity.id, number.data)
  return stories.docs.length > 0 ? { name: entity.name, title: `${STORIES_OF[kind]} ${entity.name}`, path, stories } : null
}

async function entityStoriesMetadata(kind: Kind, params: Params): Promise<Metadata> {
  const found = await load(kind, params)
  if (!found || 'redirectTo' in found) return {}
  return { title: `${found.title}, page ${found.stories.page}`, alternates: { canonical: entityStoriesPath(found.path, found.stories.page) } }
}

async function EntityStoriesPage({ kind, params }: { kind: Kind; params: Params }) {
  const found = await load(kind, params)
  if (!found) notFound()
  if ('redirectTo' in found) permanentRedirect(found.redirectTo)
  return (
    <article className="entity" aria-labelledby="entity-heading">
      <header>
        <h1 id="entity-heading">
          <a href={found.path}>{found.name}</a>
        </h1>
      </header>
      <EntityStories stories={found.stories} empty="" entityPath={found.path} title={found.title} />
    </article>
  )
}

// Segment config must be literal, so each route file declares its own.
export function entityStoriesRoute(kind: Kind) {
  return {
    generateMetadata: ({ params }: { params: Params }) => entityStoriesMetadata(kind, params),
    Page: ({ params }: { params: Params }) => <EntityStoriesPage kind={kind} params={params} />,
  }
}
