import { cache } from 'react'

import { serverEnv } from '@/lib/platform/env'
import type { SiteSetting } from '@/payload-types'
import { toPaywallSettings, type PaywallSettings } from '@/paywall/settings'

import { asReader, readerPayload } from './asReader'

// Read by the layout, its metadata and the page: one query per render.
export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  const payload = await readerPayload()
  return payload.findGlobal({ slug: 'site-settings', ...asReader, depth: 0 })
})

export type SectionLink = { id: number; name: string; slug: string }

// The header's section menu, in the editors' order of names; read once per render, like the settings.
export const getSectionMenu = cache(async (): Promise<SectionLink[]> => {
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'sections', ...asReader, select: { name: true, slug: true }, sort: 'name', depth: 0, limit: 12, pagination: false })
  return docs.flatMap((doc) => (doc.slug ? [{ id: doc.id, name: doc.name, slug: doc.slug }] : []))
})

export const siteIdentityOf = (settings: Pick<SiteSetting, 'siteName'>): { url: string; name: string } => ({
  url: serverEnv().SITE_URL,
  name: settings.siteName,
})

export const getSiteIdentity = async (): Promise<{ url: string; name: string }> => siteIdentityOf(await getSiteSettings())

export const getPaywallSettings = cache(async (): Promise<PaywallSettings> => {
  const payload = await readerPayload()
  return toPaywallSettings(await payload.findGlobal({ slug: 'paywall-settings', ...asReader, depth: 0 }))
})
