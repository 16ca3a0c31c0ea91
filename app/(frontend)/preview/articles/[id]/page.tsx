import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { currentStaff } from '@/accounts/session'
import { serverEnv } from '@/lib/platform/env'
import { findLatestDraft, findQuotesForPreview } from '@/reader/queries/drafts'
import { findAuthors } from '@/reader/queries/authors'
import { isDocumentId } from '@/reader/queries/entities'
import { getPaywallSettings, getSiteIdentity } from '@/reader/queries/settings'
import { listRailStories } from '@/reader/queries/stories'
import { StoryPage } from '@/reader/components/StoryPage'

import { RefreshOnSave } from './RefreshOnSave.island'

// It reads the staff session, so it is never cached.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } }


export default async function DraftPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!(await isDocumentId(id))) notFound()

  const user = await currentStaff()
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(`/preview/articles/${id}`)}`)

  const story = await findLatestDraft(id, user)
  if (!story) notFound()
  const [quotes, rail, paywall, site, authors] = await Promise.all([
    findQuotesForPreview(story.id, user),
    listRailStories(story),
    getPaywallSettings(),
    getSiteIdentity(),
    findAuthors(story),
  ])
  return (
    <>
      <RefreshOnSave serverURL={serverEnv().SITE_URL} />
      <p className="preview-banner" role="status">
        Preview of the latest {story._status === 'published' ? 'version' : 'draft'}: readers see it only once it is
        published.
      </p>
      <StoryPage story={story} quotes={quotes} rail={rail} variant={{ kind: 'full' }} paywall={paywall} site={site} authors={authors} />
    </>
  )
}
