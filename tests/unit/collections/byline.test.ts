import { describe, expect, it } from 'vitest'

import { bylineFor } from '@/collections/Articles/byline'

describe('the byline', () => {
  it.each([
    [[], 'Staff'],
    [['Ana Ruiz'], 'Ana Ruiz'],
    [['Ana Ruiz', 'Ben Cole'], 'Ana Ruiz and Ben Cole'],
    [['Ana Ruiz', 'Ben Cole', 'Cai Wen'], 'Ana Ruiz, Ben Cole and Cai Wen'],
    [['Ana Ruiz', ' ', 'Cai Wen'], 'Ana Ruiz and Cai Wen'],
  ])('reads %j as "By %s"', (names, byline) => {
    expect(bylineFor(names)).toBe(byline)
  })
})
