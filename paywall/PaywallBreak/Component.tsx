/** Readers see nothing where the paywall break stands: the cut itself (split.ts) is the break. */
export function PaywallBreakComponent(): null {
  return null
}
