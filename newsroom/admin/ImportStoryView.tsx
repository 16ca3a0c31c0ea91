import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '@/collections/access/staff'

import { ImportStoryForm } from './ImportStoryForm'

export async function ImportStoryView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  if (!isStaffUser(req.user)) redirect('/admin/login?redirect=%2Fadmin%2Fimport-story')
  const { docs: sections } = await req.payload.find({ collection: 'sections', depth: 0, pagination: false, sort: 'name', select: { name: true }, overrideAccess: true })
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Import a story</h1>
        <p>
          The importer reads the headline, the paragraphs, the photo credits, every quote and who said it, the people and the
          countries. Keep, correct or drop each before the draft is made; nothing is published.
        </p>
        <ImportStoryForm sections={sections.map((section) => ({ id: section.id, name: section.name }))} />
      </Gutter>
    </DefaultTemplate>
  )
}
