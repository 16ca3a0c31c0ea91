import type { Metadata } from 'next'

import { SearchResults } from '@/reader/search/SearchResults'
import { searchSite } from '@/reader/search/siteSearch'
import { MAX_QUERY_LENGTH } from '@/reader/search/terms'

export const metadata: Metadata = { title: 'Search', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function SearchPage({ searchParams }: Props) {
  const outcome = await searchSite(await searchParams)
  const typed = outcome.state === 'empty' ? '' : outcome.query

  return (
    <section className="search-page">
      <h1>Search</h1>
      <form role="search" action="/search" className="search-form">
        <label htmlFor="q">Search stories, people and quotes</label>
        <input id="q" name="q" type="search" defaultValue={typed} maxLength={MAX_QUERY_LENGTH} />
        <button className="button" type="submit">
          Search
        </button>
      </form>
      {outcome.state === 'empty' && <p>Type a name, a place or a subject: “drones”, “Ashtiani”, “Bolivia”.</p>}
      {outcome.state === 'refused' && (
        <p className="form-error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome.state === 'searched' && <SearchResults outcome={outcome} />}
    </section>
  )
}
