import type { Metadata } from 'next'
import { z } from 'zod'

import { searchStories } from '@/story/queries'
import { StoryCard } from '@/story/StoryCard'

export const metadata: Metadata = { title: 'Search', robots: { index: false } }
export const dynamic = 'force-dynamic'

const MAX_QUERY_LENGTH = 100

const querySchema = z
  .string()
  .trim()
  .min(2, 'Type at least two characters.')
  .max(MAX_QUERY_LENGTH, `Keep your search under ${MAX_QUERY_LENGTH} characters.`)

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/** Headline and standfirst search over published stories (story/queries.ts#searchStories). */
export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q
  const text = Array.isArray(raw) ? raw[0] : raw
  const parsed = text === undefined || text.trim() === '' ? null : querySchema.safeParse(text)
  const results = parsed?.success ? await searchStories(parsed.data) : []

  return (
    <section className="search-page">
      <h1>Search</h1>
      <form role="search" action="/search" className="search-form">
        <label htmlFor="q">Search stories</label>
        <input id="q" name="q" type="search" defaultValue={parsed?.success ? parsed.data : ''} maxLength={MAX_QUERY_LENGTH} />
        <button className="button" type="submit">
          Search
        </button>
      </form>
      {parsed && !parsed.success && (
        <p className="form-error" role="alert">
          {parsed.error.issues[0].message}
        </p>
      )}
      {parsed?.success && (
        <>
          <p role="status">
            {results.length === 0
              ? `No stories match “${parsed.data}”.`
              : `${results.length} ${results.length === 1 ? 'story matches' : 'stories match'} “${parsed.data}”.`}
          </p>
          <section aria-label="Results" className="story-grid">
            {results.map((story) => (
              <StoryCard key={story.id} story={story} headingLevel={2} />
            ))}
          </section>
        </>
      )}
    </section>
  )
}
