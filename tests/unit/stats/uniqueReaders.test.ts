import { describe, expect, it } from 'vitest'

import { addReader, dailySalt, UniqueSketch } from '@/stats/uniqueReaders'

const secret = 'a-test-secret-of-at-least-32-characters'
const salt = dailySalt(secret, '2026-12-07')

const sketchOf = (identities: string[], daySalt = salt) => {
  const sketch = new UniqueSketch()
  for (const identity of identities) addReader(sketch, daySalt, identity)
  return sketch
}
const readers = (count: number, prefix = 'reader') => Array.from({ length: count }, (_, index) => `${prefix}-${index}`)

describe('unique readers, estimated without keeping who they are', () => {
  it('counts a small audience exactly, however often each returns', () => {
    expect(sketchOf([]).estimate()).toBe(0)
    expect(sketchOf(['a']).estimate()).toBe(1)
    expect(sketchOf(['a', 'b', 'a', 'c', 'b', 'a']).estimate()).toBe(3)
    expect(sketchOf(readers(20)).estimate()).toBe(20)
    expect(sketchOf(readers(2_000)).estimate()).toBe(2_000)
  })

  it('stays within a few per cent for large audiences', () => {
    for (const count of [5_000, 20_000, 200_000]) {
      const estimate = sketchOf(readers(count)).estimate()
      expect(Math.abs(estimate - count) / count).toBeLessThan(0.03)
    }
  })

  it('counts a reader seen on two instances once when their sketches merge', () => {
    const first = sketchOf([...readers(300), 'shared'])
    first.merge(sketchOf([...readers(200, 'other'), 'shared']))
    expect(first.estimate()).toBe(501)
    const large = sketchOf(readers(6_000))
    large.merge(sketchOf([...readers(300), ...readers(3_000, 'other')]))
    expect(Math.abs(large.estimate() - 9_000) / 9_000).toBeLessThan(0.03)
  })

  it('salts each day apart, so the same reader on another day matches nothing', () => {
    const today = sketchOf(['a'])
    today.merge(sketchOf(['a'], dailySalt(secret, '2026-12-08')))
    expect(today.estimate()).toBe(2)
    expect(dailySalt(secret, '2026-12-07').equals(salt)).toBe(true)
  })

  it('travels as registers only, which read back the same', () => {
    for (const sketch of [sketchOf(readers(50)), sketchOf(readers(5_000))]) {
      const text = sketch.encode()
      expect(text).not.toContain('reader')
      expect(UniqueSketch.decode(text).encode()).toBe(text)
      expect(UniqueSketch.decode(text).estimate()).toBe(sketch.estimate())
    }
    expect(new UniqueSketch().encode()).toBe('s')
    expect(UniqueSketch.decode('').isEmpty()).toBe(true)
  })
})
