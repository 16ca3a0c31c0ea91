/**
 * One value per process, shared by every bundle that loads this module.
 *
 * Next bundles the proxy, the app and the cache handler apart, and server.ts loads its own copy of
 * each module: a module-level variable would be one per bundle. The value lives on globalThis
 * under `Symbol.for('newsroom.' + name)`, made by `create` on first use.
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
