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
