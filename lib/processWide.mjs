/**
 * Next bundles the proxy, the app and the cache handler apart, and server.ts loads its own copy:
 * a module-level variable would be one per bundle.
 */
// This bundle's memo of what globalThis holds: the lookup is on every request's path.
const seenHere = new Map()

/**
 * @template T
 * @param {string} name
 * @param {() => T} create
 * @returns {T}
 */
export function processWide(name, create) {
  if (seenHere.has(name)) return seenHere.get(name)
  const key = Symbol.for(`newsroom.${name}`)
  const holder = /** @type {Record<symbol, T | undefined>} */ (/** @type {unknown} */ (globalThis))
  if (!(key in holder)) holder[key] = create()
  seenHere.set(name, holder[key])
  return /** @type {T} */ (holder[key])
}
