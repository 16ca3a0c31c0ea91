import { describe, expect, it } from 'vitest'

import { deferredFields, restoreOrder, type FieldTargets } from '@/scripts/backup/order'

const model: FieldTargets = new Map([
  [
    'articles',
    new Map([
      ['section', new Set(['sections'])],
      ['heroImage', new Set(['media'])],
      ['related', new Set(['articles'])],
    ]),
  ],
  [
    'quotes',
    new Map([
      ['speaker', new Set(['people'])],
      ['article', new Set(['articles'])],
    ]),
  ],
  [
    'people',
    new Map([
      ['country', new Set(['countries'])],
      ['photo', new Set(['media'])],
    ]),
  ],
  ['media', new Map([['createdBy', new Set(['users'])]])],
  ['sections', new Map()],
  ['countries', new Map()],
  ['users', new Map()],
  [
    'search',
    new Map([
      ['doc', new Set(['articles', 'people', 'quotes'])],
      ['elsewhere', new Set(['payload-jobs'])],
    ]),
  ],
])

describe('the order a restore writes collections in', () => {
  const order = restoreOrder(model)

  it('writes each collection after those it refers to', () => {
    expect(order).toHaveLength(model.size)
    const before = (a: string, b: string) => expect(order.indexOf(a), `${a} before ${b}`).toBeLessThan(order.indexOf(b))
    before('users', 'media')
    before('media', 'articles')
    before('sections', 'articles')
    before('countries', 'people')
    before('people', 'quotes')
    before('articles', 'quotes')
    before('quotes', 'search')
  })

  it('writes a story’s related stories in a second pass, and nothing else', () => {
    expect(deferredFields(order, model)).toEqual(new Map([['articles', ['related']]]))
  })

  it('defers whichever side of a circle between two collections comes first', () => {
    const circle: FieldTargets = new Map([
      ['a', new Map([['b', new Set(['b'])]])],
      ['b', new Map([['a', new Set(['a'])]])],
    ])
    const circleOrder = restoreOrder(circle)
    expect(circleOrder).toEqual(['b', 'a'])
    expect(deferredFields(circleOrder, circle)).toEqual(new Map([['b', ['a']]]))
  })
})
