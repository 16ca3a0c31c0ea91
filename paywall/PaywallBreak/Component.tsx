// Readers see nothing where the break stands: the cut itself (split.ts) is the break.
export function PaywallBreakComponent(): null {
  return null
}
