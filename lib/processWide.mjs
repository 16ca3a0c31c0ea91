/**
 * Next bundles the proxy, the app and the cache handler apart, and server.ts loads its own copy:
 * a module-level variable would be one per bundle.
 *
 * @template T
 * @param {string} name
 * @param {() => T} create
 * @returns {T}
 */
export function processWide(name, create) {
  const key = Symbol.for(`newsroom.${name}`)
  const holder = /** @type {Record<symbol, T | undefined>} */ (/** @type {unknown} */ (globalThis))
  if (!(key in holder)) holder[key] = create()
  return /** @type {T} */ (holder[key])
}
