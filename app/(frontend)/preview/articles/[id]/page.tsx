import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'

import { StoryPage } from '@/components/StoryPage'
import { findLatestDraft, findQuotesForPreview, signedInStaff } from '@/content/previewQueries'
import { getPaywallSettings, getSiteIdentity, listRailStories } from '@/content/queries'

/**
 * Staff preview of a story's latest draft, as readers will see it once published.
 * Per request and per person: it reads the staff session, so it is never cached.
 */
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } }

// Numeric (SQLite) or ObjectId (MongoDB) ids; anything else is not a story.
const storyId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = storyId.safeParse((await params).id)
  if (!parsed.success) notFound()

  const user = await signedInStaff()
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(`/preview/articles/${parsed.data}`)}`)

  const story = await findLatestDraft(parsed.data, user)
  if (!story) notFound()
  const [quotes, rail, paywall, site] = await Promise.all([
    findQuotesForPreview(story.id, user),
    listRailStories(story),
    getPaywallSettings(),
    getSiteIdentity(),
  ])
  return (
    <>
      <p className="preview-banner" role="status">
        Preview of the latest {story._status === 'published' ? 'version' : 'draft'}: readers see it only once it is
        published.
      </p>
      <StoryPage story={story} quotes={quotes} rail={rail} access={{ kind: 'full' }} paywall={paywall} site={site} />
    </>
  )
}
