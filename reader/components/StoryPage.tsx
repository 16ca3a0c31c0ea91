import { bylineOf, inBylineOrder } from '@/collections/Articles/byline'
import { authorPath } from '@/lib/readerPaths'
import { formatDate } from '@/lib/dates'
import { populated } from '@/lib/relations'
import type { Article, Quote } from '@/payload-types'
import { remainingNotice } from '@/paywall/gateCopy'
import { GatePanel } from '@/paywall/gateDesigns/GatePanel'
import { RemainingNotice } from '@/paywall/gateDesigns/RemainingNotice'
import type { StoryVariant } from '@/paywall/meter'
import { splitAtPaywall } from '@/paywall/PaywallBreak/split'
import type { PaywallSettings } from '@/paywall/settings'

import { Kicker } from './Kicker'
import { heroImageOf } from '../media'
import { MediaFigure } from './MediaFigure'
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from '../newsArticleJsonLd'
import { OtherContentRail } from './OtherContentRail'
import type { StorySummary } from '../queries/asReader'
import type { Author } from '../queries/authors'
import { kickerOf, sectionOf } from '../sections'
import { QuoteList } from './QuoteList'
import { StoryBody } from './StoryBody'
import { StoryTags } from './StoryTags'

type Props = {
  story: Article
  quotes: Quote[]
  rail: StorySummary[]
  variant: StoryVariant
  paywall: PaywallSettings
  site: { url: string; name: string }
  authors: Author[]
}

// The staff draft preview renders it too, as `full`.
export function StoryPage({ story, quotes, rail, variant, paywall, site, authors }: Props) {
  const gated = variant.kind === 'gated'
  // Cut on the server: withheld paragraphs never reach the page or its RSC payload.
  const body = splitAtPaywall(story.body, paywall.openingParagraphs)
  const hero = populated(story.heroImage)
  const byline = bylineOf(story)
  const jsonLd = newsArticleJsonLd(
    {
      title: story.title,
      dek: story.dek,
      slug: story.slug,
      freeToRead: story.freeToRead === true,
      authors: authors.map((author) => ({ name: author.name, path: author.slug ? authorPath(author.slug) : null })),
      publishedAt: story.publishedAt ?? null,
      updatedAt: story.updatedAt,
      section: kickerOf(story),
      imageUrl: heroImageOf(story)?.src ?? null,
      people: (story.people ?? []).map(populated).filter((person) => person !== null),
      countries: (story.countries ?? []).map(populated).filter((country) => country !== null),
    },
    site,
  )

  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(breadcrumbJsonLd({ ...story, section: sectionOf(story) }, site)) }} />
      <article className="story">
        <header className="story-header">
          <Kicker story={story} />
          <h1>{story.title}</h1>
          <p className="dek">{story.dek}</p>
          <p className="byline">
            By <Byline byline={byline} authors={authors} />
            {story.publishedAt && (
              <>
                {' · '}
                <time dateTime={story.publishedAt}>{formatDate(story.publishedAt)}</time>
              </>
            )}
          </p>
        </header>
        {hero && <MediaFigure media={hero} size="hero" className="figure figure-hero" />}
        <StoryBody opening={body.opening} gated={gated ? null : body.gated} />
        {gated ? <GatePanel settings={paywall} storySlug={story.slug} /> : <QuoteList quotes={quotes} heading="Quoted in this story" headingId="quotes-heading" withStory={false} />}
        <StoryTags story={story} />
      </article>
      <OtherContentRail stories={rail} />
      {variant.kind === 'metered' && <RemainingNotice message={remainingNotice(variant)} />}
    </>
  )
}

/**
 * The byline as published; names link to authors only while it still reads as they do,
 * so a renamed account leaves the byline as it stands.
 */
function Byline({ byline, authors }: { byline: string; authors: Author[] }) {
  const linked = authors.filter((author) => author.slug)
  if (linked.length !== authors.length || linked.length === 0 || inBylineOrder(authors.map((author) => author.name)).join('') !== byline) return byline
  return inBylineOrder(linked.map((author) => <a key={author.id} href={authorPath(author.slug!)}>{author.name}</a>))
}
