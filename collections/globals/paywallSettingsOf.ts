import type { PayloadRequest } from 'payload'

import { toPaywallSettings, type PaywallSettings } from '@/paywall/settings'

// Within the hook's request and transaction; reader pages use reader/queries/settings.ts.
export const paywallSettingsOf = async (req: PayloadRequest): Promise<PaywallSettings> =>
  toPaywallSettings(await req.payload.findGlobal({ slug: 'paywall-settings', depth: 0, req }))
