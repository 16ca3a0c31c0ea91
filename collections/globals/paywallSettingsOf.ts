import type { PayloadRequest } from 'payload'

import { toPaywallSettings, type PaywallSettings } from '@/paywall/settings'

/** The paywall settings as a hook reads them, within its request (and its transaction). Reader pages: reader/queries/stories.ts#getPaywallSettings. */
export const paywallSettingsOf = async (req: PayloadRequest): Promise<PaywallSettings> =>
  toPaywallSettings(await req.payload.findGlobal({ slug: 'paywall-settings', depth: 0, req }))
