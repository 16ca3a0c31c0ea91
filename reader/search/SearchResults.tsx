import type { ReactNode } from 'react'

import { personPath } from '@/lib/readerPaths'
import type { ResultPage, StorySummary } from '@/reader/queries/asReader'
import type { PersonResult } from '@/reader/queries/entities'
import { Pagination } from '@/reader/components/Pagination'
import { QuoteList } from '@/reader/components/QuoteList'
import { StoryCard } from '@/reader/components/StoryCard'

import { PREVIEW_SIZE, RESULT_KINDS, type ResultKind, type SearchOutcome } from './siteSearch'
import { excerptAround, highlight } from './terms'

type Searched = Extract<SearchOutcome, { state: 'searched' }>

const NOUNS: Record<ResultKind, [string, string]> = {
  stories: ['story', 'stories'],
  people: ['person', 'people'],
  quotes: ['quote', 'quotes'],
}
const HEADINGS: Record<ResultKind, string> = {
  stories: 'Stories',
  people: 'People',
  quotes: 'Quotes',
}

const counted = (count: number, kind: ResultKind) => `${count} ${NOUNS[kind][count === 1 ? 0 : 1]}`

export const searchPath = (query: string, kind?: ResultKind, page = 1): string => {
  const params = new URLSearchParams({ q: query })
  if (kind) params.set('kind', kind)
  if (page > 1) params.set('page', String(page))
  return `/search?${params}`
}

/** A text with the query's words marked. */
function Highlighted({ text, stems }: { text: string; stems: string[] }) {
  return highlight(text, stems).map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))
}

/** Cards and lists take a function to render their texts: this one marks the query's words. */
const markedWith =
  (stems: string[]) =>
  (text: string): ReactNode => <Highlighted text={text} stems={stems} />

/**
 * The results of a search, grouped: stories, people, quotes. On the page of all groups each
 * shows its first few, with a link to all of them; a group's own page is paginated.
 */
export function SearchResults({ outcome }: { outcome: Searched }) {
  const { query, stems, kind, groups } = outcome
  const totals = RESULT_KINDS.map((each) => [each, groups[each]?.total ?? 0] as const)
  const found = totals.filter(([, total]) => total > 0)
  if (found.length === 0) return <NoResults query={query} kind={kind} />

  const paginated = Boolean(kind)
  return (
    <div className="search-results">
      <ResultsSummary query={query} kind={kind} found={found} />
      {groups.stories && groups.stories.total > 0 && (
        <ResultGroup query={query} kind="stories" page={groups.stories} paginated={paginated}>
          <StoryResults stories={groups.stories.docs} storyTexts={groups.storyTexts} stems={stems} />
        </ResultGroup>
      )}
      {groups.people && groups.people.total > 0 && (
        <ResultGroup query={query} kind="people" page={groups.people} paginated={paginated}>
          <PeopleResults people={groups.people.docs} stems={stems} />
        </ResultGroup>
      )}
      {groups.quotes && groups.quotes.total > 0 && (
        <ResultGroup query={query} kind="quotes" page={groups.quotes} paginated={paginated}>
          <QuoteList quotes={groups.quotes.docs} withStory renderText={markedWith(stems)} />
        </ResultGroup>
      )}
    </div>
  )
}

/** A search that found nothing says so, and how to find more. */
function NoResults({ query, kind }: { query: string; kind: ResultKind | undefined }) {
  return (
    <div className="search-results">
      <p role="status">
        Nothing matches “{query}”{kind && ` among ${HEADINGS[kind].toLowerCase()}`}.
      </p>
      <ul className="search-tips">
        <li>Check the spelling, or use fewer words: every word must match.</li>
        <li>
          Browse <a href="/people">people</a> and <a href="/countries">countries</a> in the news.
        </li>
        {kind && (
          <li>
            <a href={searchPath(query)}>Search everything for “{query}”</a>
          </li>
        )}
      </ul>
    </div>
  )
}

/** What was found, counted by group, read out to screen readers as the page's status. */
function ResultsSummary({ query, kind, found }: { query: string; kind: ResultKind | undefined; found: (readonly [ResultKind, number])[] }) {
  return (
    <p role="status">
      {found.map(([each, total]) => counted(total, each)).join(', ')} {found.length === 1 && found[0][1] === 1 ? 'matches' : 'match'} “{query}
      ”.
      {kind && (
        <>
          {' '}
          <a href={searchPath(query)}>All results</a>
        </>
      )}
    </p>
  )
}

/** One group of results under its heading: its pages on its own page, else a link to all of it. */
function ResultGroup({ query, kind, page, paginated, children }: { query: string; kind: ResultKind; page: ResultPage<unknown>; paginated: boolean; children: ReactNode }) {
  return (
    <section className="search-group" aria-labelledby={`results-${kind}`}>
      <h2 id={`results-${kind}`}>
        {HEADINGS[kind]} <span className="search-count">({page.total})</span>
      </h2>
      {children}
      {paginated ? (
        <GroupPagination query={query} kind={kind} page={page} />
      ) : (
        page.total > PREVIEW_SIZE && <a href={searchPath(query, kind)}>All {counted(page.total, kind)}</a>
      )}
    </section>
  )
}

/** The stories found, each with the passage of its text where the query's words are. */
function StoryResults({ stories, storyTexts, stems }: { stories: StorySummary[]; storyTexts: Map<string, string>; stems: string[] }) {
  const marked = markedWith(stems)
  return (
    <div className="search-stories">
      {stories.map((story) => {
        const excerpt = excerptAround(storyTexts.get(String(story.id)) ?? '', stems)
        return (
          <StoryCard key={story.id} story={story} headingLevel={3} renderText={marked}>
            {excerpt && <p className="search-excerpt">{marked(excerpt)}</p>}
          </StoryCard>
        )
      })}
    </div>
  )
}

/** The people found; an alias is shown only when it is what matched, so the reader sees why. */
function PeopleResults({ people, stems }: { people: PersonResult[]; stems: string[] }) {
  const marked = markedWith(stems)
  return (
    <ul className="search-people">
      {people.map((person) => {
        const aliases = (person.aliases ?? []).map((alias) => alias.name).filter((name) => highlight(name, stems).some((piece) => piece.match))
        return (
          <li key={person.id}>
            <a href={personPath(person.slug)}>{marked(person.name)}</a>
            {[person.role, person.organisation].filter(Boolean).length > 0 && (
              <>, {marked([person.role, person.organisation].filter(Boolean).join(', '))}</>
            )}
            {aliases.length > 0 && <span className="search-alias"> (also written {marked(aliases.join(', '))})</span>}
          </li>
        )
      })}
    </ul>
  )
}

function GroupPagination({ query, kind, page }: { query: string; kind: ResultKind; page: ResultPage<unknown> }) {
  if (page.docs.length === 0 && page.page > 1) {
    return (
      <p>
        There are only {page.totalPages} {page.totalPages === 1 ? 'page' : 'pages'} of results. <a href={searchPath(query, kind)}>Back to the first</a>
      </p>
    )
  }
  return <Pagination page={page.page} totalPages={page.totalPages} pathOf={(number) => searchPath(query, kind, number)} label={`Pages of ${HEADINGS[kind].toLowerCase()}`} />
}
