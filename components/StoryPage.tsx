import { STAFF_BYLINE } from '@/collections/Articles/hooks/setByline'
import { populated } from '@/content/ids'
import { formatStoryDate } from '@/content/format'
import type { StoryCard } from '@/content/queries'
import type { Article, Quote } from '@/payload-types'
import { remainingNotice } from '@/paywall/gateCopy'
import type { StoryAccess } from '@/paywall/meter'
import { previewOf } from '@/paywall/preview'
import type { PaywallSettings } from '@/paywall/settings'

import { MediaFigure } from './MediaFigure'
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
}

export function StoryPage({ story, quotes, rail, access, paywall }: Props) {
  const gated = access.kind === 'preview'
  // The cut happens here, on the server: withheld paragraphs never reach the page or its RSC payload.
  const body = gated ? previewOf(story.body, paywall.previewParagraphs).state : story.body
  const hero = populated(story.heroImage)

  return (
    <>
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
        <StoryBody body={body} />
        {gated ? <GatePanel settings={paywall} /> : <StoryQuotes quotes={quotes} />}
        <StoryTags story={story} />
      </article>
      <OtherContentRail stories={rail} />
      {access.kind === 'metered' && <RemainingNotice message={remainingNotice(access.remaining)} />}
    </>
  )
}
