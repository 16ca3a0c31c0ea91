import type { ReactNode } from 'react'

import { personPath } from '@/lib/readerPaths'
import type { ResultPage } from '@/reader/queries/asReader'
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

/**
 * The results of a search, grouped: stories, people, quotes. On the page of all groups each
 * shows its first few, with a link to all of them; a group's own page is paginated.
 */
export function SearchResults({ outcome }: { outcome: Searched }) {
  const { query, stems, kind, groups } = outcome
  const marked = (text: string): ReactNode => <Highlighted text={text} stems={stems} />
  const totals = RESULT_KINDS.map((each) => [each, groups[each]?.total ?? 0] as const)
  const found = totals.filter(([, total]) => total > 0)

  if (found.length === 0) {
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

  const section = (each: ResultKind, page: ResultPage<unknown>, list: ReactNode) => (
    <section key={each} className="search-group" aria-labelledby={`results-${each}`}>
      <h2 id={`results-${each}`}>
        {HEADINGS[each]} <span className="search-count">({page.total})</span>
      </h2>
      {list}
      {kind ? (
        <GroupPagination query={query} kind={each} page={page} />
      ) : (
        page.total > PREVIEW_SIZE && <a href={searchPath(query, each)}>All {counted(page.total, each)}</a>
      )}
    </section>
  )

  return (
    <div className="search-results">
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
      {groups.stories &&
        groups.stories.total > 0 &&
        section(
          'stories',
          groups.stories,
          <div className="search-stories">
            {groups.stories.docs.map((story) => {
              const excerpt = excerptAround(groups.storyTexts.get(String(story.id)) ?? '', stems)
              return (
                <StoryCard key={story.id} story={story} headingLevel={3} renderText={marked}>
                  {excerpt && <p className="search-excerpt">{marked(excerpt)}</p>}
                </StoryCard>
              )
            })}
          </div>,
        )}
      {groups.people &&
        groups.people.total > 0 &&
        section(
          'people',
          groups.people,
          <ul className="search-people">
            {groups.people.docs.map((person) => {
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
          </ul>,
        )}
      {groups.quotes && groups.quotes.total > 0 && section('quotes', groups.quotes, <QuoteList quotes={groups.quotes.docs} withStory renderText={marked} />)}
    </div>
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
