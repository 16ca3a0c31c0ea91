import { STAFF_BYLINE } from '@/collections/Articles/hooks/setByline'
import { populated } from '@/content/ids'
import { formatStoryDate } from '@/content/format'
import type { StoryCard } from '@/content/queries'
import type { Article, Quote } from '@/payload-types'
import { remainingNotice } from '@/paywall/gateCopy'
import type { StoryAccess } from '@/paywall/meter'
import { splitAtPaywall } from '@/paywall/preview'
import type { PaywallSettings } from '@/paywall/settings'
import { newsArticleJsonLd, serializeJsonLd } from '@/seo/newsArticleJsonLd'

import { MediaFigure, mediaSource } from './MediaFigure'
import { OtherContentRail } from './OtherContentRail'
import { GatePanel } from './paywall/GatePanel'
import { RemainingNotice } from './paywall/RemainingNotice.island'
import { StoryBody } from './StoryBody'
import { StoryQuotes } from './StoryQuotes'
import { StoryTags } from './StoryTags'

type Props = {
  story: Article
  quotes: Quote[]
  rail: StoryCard[]
  access: StoryAccess
  paywall: PaywallSettings
  site: { url: string; name: string }
}

export function StoryPage({ story, quotes, rail, access, paywall, site }: Props) {
  const gated = access.kind === 'preview'
  // The cut happens here, on the server: withheld paragraphs never reach the page or its RSC payload.
  const body = splitAtPaywall(story.body, paywall.previewParagraphs)
  const hero = populated(story.heroImage)
  const jsonLd = newsArticleJsonLd(
    {
      title: story.title,
      dek: story.dek,
      slug: story.slug,
      freeToRead: story.freeToRead === true,
      byline: story.byline || STAFF_BYLINE,
      publishedAt: story.publishedAt ?? null,
      updatedAt: story.updatedAt,
      section: story.section,
      imageUrl: hero ? (mediaSource(hero, 'hero')?.src ?? null) : null,
    },
    site,
  )

  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <article className="story">
        <header className="story-header">
          <p className="kicker">{story.section}</p>
          <h1>{story.title}</h1>
          <p className="dek">{story.dek}</p>
          <p className="byline">
            {`By ${story.byline || STAFF_BYLINE}`}
            {story.publishedAt && (
              <>
                {' · '}
                <time dateTime={story.publishedAt}>{formatStoryDate(story.publishedAt)}</time>
              </>
            )}
          </p>
        </header>
        {hero && <MediaFigure media={hero} size="hero" className="figure figure-hero" />}
        <StoryBody open={body.open} gated={gated ? null : body.gated} />
        {gated ? <GatePanel settings={paywall} storySlug={story.slug} /> : <StoryQuotes quotes={quotes} />}
        <StoryTags story={story} />
      </article>
      <OtherContentRail stories={rail} />
      {access.kind === 'metered' && <RemainingNotice message={remainingNotice(access.remaining)} />}
    </>
  )
}
