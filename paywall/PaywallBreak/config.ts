import type { Block } from 'payload'

export const PAYWALL_BREAK_BLOCK = 'paywallBreak'

/**
 * Where the opening of a story ends: journalists drop it between two paragraphs
 * (split.ts cuts there). Without one, the opening is the first paragraphs the paywall
 * settings name (two by default).
 */
export const PaywallBreak: Block = {
  slug: PAYWALL_BREAK_BLOCK,
  interfaceName: 'PaywallBreakBlock',
  labels: { singular: 'Paywall break', plural: 'Paywall breaks' },
  admin: { disableBlockName: true },
  fields: [],
}
