import { describe, expect, it, vi } from 'vitest'

import { GenerationCache } from '@/delivery/generationCache'

describe('the proxy’s generation cache', () => {
  it('loads once and serves the copy while the generation holds', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    const load = vi.fn(async () => 'page v1')
    expect(await cache.get('a', 1, 0, load)).toBe('page v1')
    expect(await cache.get('a', 1, 1_000, load)).toBe('page v1')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads again once the content generation moves (a publish)', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    await cache.get('a', 1, 0, async () => 'before')
    expect(await cache.get('a', 2, 0, async () => 'after')).toBe('after')
  })

  it('loads again after the time to live', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 1_000 })
    await cache.get('a', 1, 0, async () => 'old')
    expect(await cache.get('a', 1, 1_001, async () => 'new')).toBe('new')
  })

  it('shares one load between concurrent misses', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    let release: (value: string) => void = () => {}
    const load = vi.fn(() => new Promise<string>((resolve) => (release = resolve)))
    const both = Promise.all([cache.get('a', 1, 0, load), cache.get('a', 1, 0, load)])
    release('page')
    expect(await both).toEqual(['page', 'page'])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps nothing for a failed load', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    expect(await cache.get('a', 1, 0, async () => null)).toBeNull()
    expect(await cache.get('a', 1, 0, async () => 'recovered')).toBe('recovered')
  })

  it('drops the least recently used entry when full', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 2, ttlMs: 60_000 })
    await cache.get('a', 1, 0, async () => 'a')
    await cache.get('b', 1, 0, async () => 'b')
    await cache.get('a', 1, 0, async () => 'unused')
    await cache.get('c', 1, 0, async () => 'c')
    expect(cache.size).toBe(2)
    expect(await cache.get('a', 1, 0, async () => 'reloaded')).toBe('a')
    expect(await cache.get('b', 1, 0, async () => 'reloaded')).toBe('reloaded')
  })
})

describe('the older copy, when the fresh one is slow or fails', () => {
  const slowLoad = (value: string | null, ms: number) => () => new Promise<string | null>((resolve) => setTimeout(resolve, ms, value))

  it('is served when the fresh copy takes longer than the wait and the older one is usable', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    await cache.get('a', 1, 0, async () => 'before the edit')
    const usable = vi.fn(async () => true)
    expect(await cache.get('a', 2, 0, slowLoad('after the edit', 200), { waitMs: 20, usable })).toBe('before the edit')
    expect(usable).toHaveBeenCalledWith('before the edit', 1)
    // The fresh copy, once loaded, is what the next reader gets.
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect(await cache.get('a', 2, 0, async () => 'unused')).toBe('after the edit')
  })

  it('is never served when it may not be shown: the reader waits for the fresh copy', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    await cache.get('a', 1, 0, async () => 'shows a withdrawn story')
    expect(await cache.get('a', 2, 0, slowLoad('fresh', 50), { waitMs: 10, usable: async () => false })).toBe('fresh')
  })

  it('stands in for a failed load when usable, and not otherwise', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    await cache.get('a', 1, 0, async () => 'older')
    expect(await cache.get('a', 2, 0, async () => null, { waitMs: 1_000, usable: async () => true })).toBe('older')
    expect(await cache.get('a', 3, 0, async () => null, { waitMs: 1_000, usable: async () => false })).toBeNull()
  })

  it('is not consulted when the fresh copy comes in time', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    await cache.get('a', 1, 0, async () => 'older')
    const usable = vi.fn(async () => true)
    expect(await cache.get('a', 2, 0, slowLoad('fresh', 5), { waitMs: 1_000, usable })).toBe('fresh')
    expect(usable).not.toHaveBeenCalled()
  })

  it('never replaces a newer copy with a late load of an older generation', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    const late = cache.get('a', 1, 0, slowLoad('generation 1', 50))
    expect(await cache.get('a', 2, 0, async () => 'generation 2')).toBe('generation 2')
    await late
    expect(await cache.get('a', 2, 0, async () => 'unused')).toBe('generation 2')
  })
})

describe('while a change is being saved (no generation)', () => {
  it('serves no kept copy as current, keeps nothing it loads, and shares no load', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    await cache.get('a', 1, 0, async () => 'before the change')
    const load = vi.fn(async () => 'read during the change')
    expect(await cache.get('a', null, 0, load)).toBe('read during the change')
    expect(await cache.get('a', null, 0, load)).toBe('read during the change')
    expect(load).toHaveBeenCalledTimes(2)
    // Once it is saved, the next generation loads again.
    expect(await cache.get('a', 2, 0, async () => 'after the change')).toBe('after the change')
  })

  it('serves a usable older copy without loading: until the change is saved, it is what readers may see', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 60_000 })
    await cache.get('a', 1, 0, async () => 'before the change')
    const load = vi.fn(async () => 'unused')
    expect(await cache.get('a', null, 0, load, { waitMs: 1_000, usable: async () => true })).toBe('before the change')
    expect(load).not.toHaveBeenCalled()
    expect(await cache.get('a', null, 0, async () => 'loaded', { waitMs: 1_000, usable: async () => false })).toBe('loaded')
  })

  it('hands over the current copy without loading, and nothing for another generation, mid-change or expired', async () => {
    const cache = new GenerationCache<string>({ maxEntries: 10, ttlMs: 1_000 })
    expect(cache.current('a', 1, 0)).toBeUndefined()
    await cache.get('a', 1, 0, async () => 'kept')
    expect(cache.current('a', 1, 500)).toBe('kept')
    expect(cache.current('a', 2, 500)).toBeUndefined()
    // While a change is being saved (no generation) only `get` may decide whether the old copy stands in.
    expect(cache.current('a', null, 500)).toBeUndefined()
    expect(cache.current('a', 1, 1_001)).toBeUndefined()
  })
})
