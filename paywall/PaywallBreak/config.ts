import type { Block } from 'payload'

export const PAYWALL_BREAK_BLOCK = 'paywallBreak'

// Without a break, the opening is as many paragraphs as the paywall settings name.
export const PaywallBreak: Block = {
  slug: PAYWALL_BREAK_BLOCK,
  interfaceName: 'PaywallBreakBlock',
  labels: { singular: 'Paywall break', plural: 'Paywall breaks' },
  admin: { disableBlockName: true },
  fields: [],
}
