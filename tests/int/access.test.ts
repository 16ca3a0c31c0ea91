import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '@/content/richText'

import { bootPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

describe('smoke', () => {
  it('boots on a migrated SQLite database', async () => {
    const { totalDocs } = await payload.count({ collection: 'articles' })
    expect(totalDocs).toBe(0)
  })
})
