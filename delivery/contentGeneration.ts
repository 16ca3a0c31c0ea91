/**
 * A counter that moves whenever reader-visible content changes (delivery/revalidate.ts).
 * The proxy keys its in-memory caches on it, so a publish reaches the next page view.
 *
 * While a change is being saved there is no generation to trust: a page loaded then may show
 * the content from before it (the change is committed only when its request answers), so
 * nothing loaded meanwhile is kept, and no copy kept before it is served as current.
 *
 * It lives on globalThis because Next bundles the proxy and the app separately:
 * each gets its own copy of this module, but they share the process.
 */
const KEY = Symbol.for('newsroom.contentGeneration')

type GenerationState = { generation: number; changesInFlight: number }
type GenerationHolder = { [KEY]?: GenerationState }

function state(): GenerationState {
  const holder = globalThis as GenerationHolder
  holder[KEY] ??= { generation: 0, changesInFlight: 0 }
  return holder[KEY]
}

/** The current generation; null while a change is being saved. */
export function contentGeneration(): number | null {
  const { generation, changesInFlight } = state()
  return changesInFlight > 0 ? null : generation
}

/** A change starts: every copy kept so far is old. Call what this returns once it is saved (again is harmless). */
export function beginContentChange(): () => void {
  const current = state()
  current.generation += 1
  current.changesInFlight += 1
  let settled = false
  return () => {
    if (settled) return
    settled = true
    current.changesInFlight -= 1
    // Copies loaded during the change may predate it: a new generation leaves them behind.
    current.generation += 1
  }
}
