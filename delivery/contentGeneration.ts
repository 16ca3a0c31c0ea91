/**
 * A counter that moves whenever reader-visible content changes (delivery/revalidate.ts).
 * The proxy keys its in-memory caches on it, so a publish reaches the next page view.
 *
 * It lives on globalThis because Next bundles the proxy and the app separately:
 * each gets its own copy of this module, but they share the process.
 */
const KEY = Symbol.for('newsroom.contentGeneration')

type GenerationHolder = { [KEY]?: number }

export function contentGeneration(): number {
  return (globalThis as GenerationHolder)[KEY] ?? 0
}

export function bumpContentGeneration(): void {
  const holder = globalThis as GenerationHolder
  holder[KEY] = (holder[KEY] ?? 0) + 1
}
