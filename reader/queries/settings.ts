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

export const siteIdentityOf = (settings: Pick<SiteSetting, 'siteName'>): { url: string; name: string } => ({
  url: serverEnv().SITE_URL,
  name: settings.siteName,
})

export const getSiteIdentity = async (): Promise<{ url: string; name: string }> => siteIdentityOf(await getSiteSettings())

export const getPaywallSettings = cache(async (): Promise<PaywallSettings> => {
  const payload = await readerPayload()
  return toPaywallSettings(await payload.findGlobal({ slug: 'paywall-settings', ...asReader, depth: 0 }))
})
